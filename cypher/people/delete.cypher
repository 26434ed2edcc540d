// Deletes a person with every tie and record that names them: the introductions they took part in (with their
// history) and the interactions logged by or with them. A tie they made between two others stays, without
// their name on it.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)<-[:VIA]-(i:Introduction)-[:REQUESTER]->(a:Person), (i)-[:TARGET]->(b:Person), (a)-[r:KNOWS]-(b)
  WHERE r.introducedBy = p.id
  REMOVE r.introducedBy, r.introduction
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:REQUESTER|TARGET|VIA]-(i:Introduction)
  OPTIONAL MATCH (i)-[:HAS_EVENT]->(e:Event)
  DETACH DELETE e, i
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:BY|WITH]-(x:Interaction)
  DETACH DELETE x
}
DETACH DELETE p
RETURN $id AS id
