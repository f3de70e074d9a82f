-- 003: Orleans grain state (ADO.NET persistence). One row per service, state name and grain key.
-- A NULL key extension is stored as '' so that the primary key is a real one.

CREATE TABLE IF NOT EXISTS orleans_storage
(
    ServiceId              text        NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainIdExtensionString text        NOT NULL,
    GrainIdHash            integer     NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    PayloadBinary          bytea       NULL,
    Version                integer     NULL,
    ModifiedOn             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- Write: no version = first write (insert unless a row exists); a version = update only if it still matches.
-- Answers the new version, or NULL on a conflict.
CREATE OR REPLACE FUNCTION belajar_storage_write(
    p_service_id text, p_type text, p_type_hash integer, p_n0 bigint, p_n1 bigint, p_extension text,
    p_id_hash integer, p_version integer, p_payload bytea) RETURNS integer
LANGUAGE plpgsql AS
$$
DECLARE
    v_new integer;
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO orleans_storage (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString,
                                     GrainIdHash, GrainTypeHash, PayloadBinary, Version)
        VALUES (p_service_id, p_type, p_n0, p_n1, coalesce(p_extension, ''), p_id_hash, p_type_hash, p_payload, 1)
        ON CONFLICT DO NOTHING
        RETURNING Version INTO v_new;
    ELSE
        UPDATE orleans_storage
           SET PayloadBinary = p_payload, Version = Version + 1, ModifiedOn = now()
         WHERE ServiceId = p_service_id AND GrainTypeString = p_type AND GrainIdN0 = p_n0 AND GrainIdN1 = p_n1
           AND GrainIdExtensionString = coalesce(p_extension, '') AND Version = p_version
        RETURNING Version INTO v_new;
    END IF;
    RETURN v_new;
END;
$$;

-- Clear: keep the row, drop the payload, move the version (a never-written grain gets an empty row).
CREATE OR REPLACE FUNCTION belajar_storage_clear(
    p_service_id text, p_type text, p_type_hash integer, p_n0 bigint, p_n1 bigint, p_extension text,
    p_id_hash integer, p_version integer) RETURNS integer
LANGUAGE plpgsql AS
$$
BEGIN
    RETURN belajar_storage_write(p_service_id, p_type, p_type_hash, p_n0, p_n1, p_extension, p_id_hash,
                                 p_version, NULL);
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey',
 'SELECT PayloadBinary, Version FROM orleans_storage
   WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0
     AND GrainIdN1 = @GrainIdN1 AND GrainIdExtensionString = coalesce(@GrainIdExtensionString, '''')
     AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash'),
('WriteToStorageKey',
 'SELECT belajar_storage_write(@ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
         @GrainIdExtensionString, @GrainIdHash, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion'),
('ClearStorageKey',
 'SELECT belajar_storage_clear(@ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdN0, @GrainIdN1,
         @GrainIdExtensionString, @GrainIdHash, @GrainStateVersion) AS NewGrainStateVersion'),
('DeleteStorageKey',
 'DELETE FROM orleans_storage
   WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0
     AND GrainIdN1 = @GrainIdN1 AND GrainIdExtensionString = coalesce(@GrainIdExtensionString, '''')
     AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND Version = @GrainStateVersion
  RETURNING Version + 1 AS NewGrainStateVersion')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO belajar_schema_version (version, name) VALUES (3, 'grain storage')
ON CONFLICT (version) DO NOTHING;
