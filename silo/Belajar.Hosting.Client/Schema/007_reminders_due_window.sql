-- 007: the reminder table's due-window read (silo/Belajar.Hosting/Reminders/DueWindowReminderTable.cs): a silo's refresh
-- reads only the rows of its hash range whose StartTime is within the horizon, through this index, instead of the range's
-- every row. Building it on a large table takes a while; CONCURRENTLY is not allowed inside the migration's transaction.

CREATE INDEX IF NOT EXISTS ix_orleans_reminders_service_start
    ON orleans_reminders (ServiceId, StartTime, GrainHash);

INSERT INTO belajar_schema_version (version, name) VALUES (7, 'reminders_due_window')
ON CONFLICT (version) DO NOTHING;
