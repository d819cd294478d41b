// The server's version and edition, and the database this session runs in.
CALL dbms.components() YIELD versions, edition
CALL db.info() YIELD name
RETURN versions[0] AS version, edition, name AS database
