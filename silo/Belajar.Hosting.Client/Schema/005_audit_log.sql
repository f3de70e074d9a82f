-- 005: the project's append-only audit log. A trigger refuses UPDATE and DELETE.

CREATE TABLE IF NOT EXISTS belajar_audit_log
(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    actor_role     text        NOT NULL,
    action         text        NOT NULL,
    npsn           text        NULL,
    kode_wilayah   text        NULL,
    client_address text        NULL,
    detail         jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS ix_belajar_audit_log_occurred_at ON belajar_audit_log (occurred_at);
CREATE INDEX IF NOT EXISTS ix_belajar_audit_log_actor ON belajar_audit_log (actor, occurred_at);
CREATE INDEX IF NOT EXISTS ix_belajar_audit_log_npsn ON belajar_audit_log (npsn, occurred_at);

CREATE OR REPLACE FUNCTION belajar_audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'belajar_audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS belajar_audit_log_append_only ON belajar_audit_log;
CREATE TRIGGER belajar_audit_log_append_only
    BEFORE UPDATE OR DELETE ON belajar_audit_log
    FOR EACH ROW EXECUTE FUNCTION belajar_audit_log_refuse_change();

INSERT INTO belajar_schema_version (version, name) VALUES (5, 'audit log')
ON CONFLICT (version) DO NOTHING;
