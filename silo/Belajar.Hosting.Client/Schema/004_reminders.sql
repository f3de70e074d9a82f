-- 004: Orleans reminders (ADO.NET reminder table). GrainHash is the signed int4 of the grain's uniform hash,
-- compared signed, so that the two range queries cover the ring exactly.

CREATE TABLE IF NOT EXISTS orleans_reminders
(
    ServiceId    text        NOT NULL,
    GrainId      text        NOT NULL,
    ReminderName text        NOT NULL,
    StartTime    timestamptz NOT NULL,
    Period       bigint      NOT NULL,
    GrainHash    integer     NOT NULL,
    Version      integer     NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS ix_orleans_reminders_service_hash ON orleans_reminders (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadReminderRowsKey',
 'SELECT GrainId, ReminderName, StartTime, Period, Version FROM orleans_reminders
   WHERE ServiceId = @ServiceId AND GrainId = @GrainId'),
('ReadReminderRowKey',
 'SELECT GrainId, ReminderName, StartTime, Period, Version FROM orleans_reminders
   WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName'),
('ReadRangeRows1Key',
 'SELECT GrainId, ReminderName, StartTime, Period, Version FROM orleans_reminders
   WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash'),
('ReadRangeRows2Key',
 'SELECT GrainId, ReminderName, StartTime, Period, Version FROM orleans_reminders
   WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)'),
('UpsertReminderRowKey',
 'INSERT INTO orleans_reminders AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
  VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
  ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
     SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
         Version = r.Version + 1
  RETURNING Version'),
('DeleteReminderRowKey',
 'WITH deleted AS (DELETE FROM orleans_reminders
                    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
                      AND Version = @Version RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM deleted)'),
('DeleteReminderRowsKey',
 'DELETE FROM orleans_reminders WHERE ServiceId = @ServiceId')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO belajar_schema_version (version, name) VALUES (4, 'reminders')
ON CONFLICT (version) DO NOTHING;
