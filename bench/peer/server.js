// The comparison's peer: @neo4j/graphql on Apollo Server, over the database of a running hub (its embedded Bolt
// port). Started by bench/run.sh --compare; settings from the environment:
//   PEER_PORT (default 4000), NEO4J_URI (bolt://127.0.0.1:17687), NEO4J_USERNAME (neo4j), NEO4J_PASSWORD.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./type-defs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(
    process.env.NEO4J_URI ?? "bolt://127.0.0.1:17687",
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (process.argv.includes("--print-schema")) {
    const { printSchema } = await import("graphql");
    console.log(printSchema(schema));
    await driver.close();
    process.exit(0);
}
const server = new ApolloServer({ schema });
const port = Number(process.env.PEER_PORT ?? 4000);
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`peer ready at ${url} (pid ${process.pid})`);
