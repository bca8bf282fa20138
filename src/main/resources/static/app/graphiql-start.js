// Starts GraphiQL (served from the hub's jar) against this hub's /graphql. A workbench sign-in in this tab (its
// token in sessionStorage) fills the Authorization header.
(function start() {
  const params = new URLSearchParams(window.location.search);
  const path = params.get('path') || '/graphql';
  const token = sessionStorage.getItem('tsunagu.token');
  const fetcher = GraphiQL.createFetcher({ url: `${location.protocol}//${location.host}${path}` });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    headerEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultHeaders: token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : undefined,
  }));
}());
