// GEXF 1.3 of the graph as drawn (visible nodes and ties, with their positions), for Gephi and other tools.
function escape(text) {
  return String(text ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

export function toGexf(cy, title) {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible').filter((edge) => edge.source().visible() && edge.target().visible());
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Tsunagu</creator><description>${escape(title)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="kindLabelJa" title="種類" type="string"/>',
    '      <attribute id="degree" title="次数" type="integer"/>',
    '      <attribute id="betweenness" title="媒介中心性" type="double"/>',
    '      <attribute id="community" title="コミュニティ" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="kindLabelJa" title="種類" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  nodes.forEach((node) => {
    const data = node.data();
    const position = node.position();
    const values = [['kind', data.kind], ['kindLabelJa', data.kindLabelJa], ['degree', data.degree],
      ['betweenness', data.betweenness], ['community', data.community]]
      .filter(([, value]) => value != null)
      .map(([key, value]) => `<attvalue for="${key}" value="${escape(value)}"/>`).join('');
    lines.push(`      <node id="${escape(data.id)}" label="${escape(data.label)}"><attvalues>${values}</attvalues>`
      + `<viz:position x="${position.x.toFixed(1)}" y="${(-position.y).toFixed(1)}" z="0"/><viz:size value="${data.size}"/></node>`);
  });
  lines.push('    </nodes>', '    <edges>');
  edges.forEach((edge, index) => {
    const data = edge.data();
    lines.push(`      <edge id="${index}" source="${escape(data.source)}" target="${escape(data.target)}" weight="${data.weight || 1}">`
      + `<attvalues><attvalue for="kind" value="${escape(data.kind)}"/><attvalue for="kindLabelJa" value="${escape(data.kindLabelJa)}"/></attvalues></edge>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
