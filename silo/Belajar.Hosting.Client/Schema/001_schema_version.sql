-- 001: the project's schema-version table and the OrleansQuery table the ADO.NET providers read.
-- Every file is idempotent and records its own version, so it may be applied any number of times,
-- by the silo's SchemaMigrator or by docker-compose (postgres /docker-entrypoint-initdb.d).

CREATE TABLE IF NOT EXISTS belajar_schema_version
(
    version    integer     NOT NULL PRIMARY KEY,
    name       text        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- The providers select "QueryKey, QueryText FROM OrleansQuery" unquoted, so the names fold to lower case.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

INSERT INTO belajar_schema_version (version, name) VALUES (1, 'schema version and OrleansQuery')
ON CONFLICT (version) DO NOTHING;
