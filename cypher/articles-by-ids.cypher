// Articles by id (without their text: article-texts.cypher reads it).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.*, text: null} AS article
