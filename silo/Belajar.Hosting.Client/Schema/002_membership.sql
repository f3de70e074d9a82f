-- 002: Orleans cluster membership (ADO.NET clustering), one version row per cluster (DeploymentId).
-- Columns are named like the result columns the provider reads by name (case-insensitive match).

CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    DeploymentId text        NOT NULL PRIMARY KEY,
    ChangedAt    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    DeploymentId text        NOT NULL REFERENCES orleans_membership_version (DeploymentId) ON DELETE CASCADE,
    Address      text        NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL DEFAULT 0,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Insert a silo row if the table version is still the one the caller read; bump the version in the same
-- transaction. A stale version or an existing row changes nothing and answers false.
CREATE OR REPLACE FUNCTION belajar_membership_insert(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text,
    p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamptz,
    p_i_am_alive_time timestamptz, p_version integer) RETURNS boolean
LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE orleans_membership_version
       SET Version = Version + 1, ChangedAt = now()
     WHERE DeploymentId = p_deployment_id AND Version = p_version;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO orleans_membership (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                                    ProxyPort, StartTime, IAmAliveTime)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
            coalesce(p_proxy_port, 0), p_start_time, p_i_am_alive_time);
    RETURN true;
EXCEPTION
    -- the block is a subtransaction: the version bump above is undone with the failed insert
    WHEN unique_violation THEN
        RETURN false;
END;
$$;

-- Update a silo row under the same version check; the row is locked before the version moves.
CREATE OR REPLACE FUNCTION belajar_membership_update(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
    p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer) RETURNS boolean
LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM 1 FROM orleans_membership
     WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE orleans_membership_version
       SET Version = Version + 1, ChangedAt = now()
     WHERE DeploymentId = p_deployment_id AND Version = p_version;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE orleans_membership
       SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive_time
     WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
    RETURN true;
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey',
 'WITH created AS (INSERT INTO orleans_membership_version (DeploymentId) VALUES (@DeploymentId)
      ON CONFLICT (DeploymentId) DO NOTHING RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM created)'),
('MembershipReadAllKey',
 'SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
         m.SuspectTimes, m.StartTime, m.IAmAliveTime
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m ON m.DeploymentId = v.DeploymentId
   WHERE v.DeploymentId = @DeploymentId'),
('MembershipReadRowKey',
 'SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
         m.SuspectTimes, m.StartTime, m.IAmAliveTime
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m ON m.DeploymentId = v.DeploymentId
         AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
   WHERE v.DeploymentId = @DeploymentId'),
('InsertMembershipKey',
 'SELECT belajar_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
         @ProxyPort, @StartTime, @IAmAliveTime, @Version)'),
('UpdateMembershipKey',
 'SELECT belajar_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
         @IAmAliveTime, @Version)'),
('UpdateIAmAlivetimeKey',
 'UPDATE orleans_membership SET IAmAliveTime = @IAmAliveTime
   WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation'),
('GatewaysQueryKey',
 'SELECT Address, ProxyPort, Generation FROM orleans_membership
   WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0'),
('DeleteMembershipTableEntriesKey',
 'DELETE FROM orleans_membership_version WHERE DeploymentId = @DeploymentId'),
('CleanupDefunctSiloEntriesKey',
 'DELETE FROM orleans_membership
   WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO belajar_schema_version (version, name) VALUES (2, 'membership')
ON CONFLICT (version) DO NOTHING;
