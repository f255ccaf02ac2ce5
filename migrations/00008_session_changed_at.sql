-- +goose Up
-- A session page shows speaker names, which an admin can change (rename,
-- merge) without publishing a new revision. changed_at moves whenever
-- anything a session page shows changes, so the page's ETag (revision +
-- changed_at) never serves a stale name from a browser cache.
ALTER TABLE sessions ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();
COMMENT ON COLUMN sessions.changed_at IS
    'Last change of anything the session page shows: a publish, or a rename/merge of a speaker of its remarks. Part of the page ETag; kept by triggers.';
-- ETags of list pages use max(changed_at).
CREATE INDEX sessions_changed_idx ON sessions (changed_at);

-- +goose StatementBegin
CREATE FUNCTION sessions_touch_on_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END $$;
-- +goose StatementEnd
CREATE TRIGGER sessions_touch_on_publish BEFORE UPDATE ON sessions
    FOR EACH ROW WHEN (OLD.revision IS DISTINCT FROM NEW.revision OR OLD.updated_at IS DISTINCT FROM NEW.updated_at)
    EXECUTE FUNCTION sessions_touch_on_publish();
COMMENT ON FUNCTION sessions_touch_on_publish() IS
    'Trigger function: sets changed_at when a publish moves a session''s revision or updated_at.';
COMMENT ON TRIGGER sessions_touch_on_publish ON sessions IS
    'A new revision changes the session page, so its ETag (revision + changed_at) must change.';

-- +goose StatementBegin
CREATE FUNCTION sessions_touch_on_speaker_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- remarks_speaker_idx finds the sessions of the speaker.
    UPDATE sessions SET changed_at = now()
    WHERE id IN (SELECT DISTINCT session_id FROM remarks WHERE speaker_id = NEW.id);
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER sessions_touch_on_speaker_rename AFTER UPDATE OF name, slug ON speakers
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
    EXECUTE FUNCTION sessions_touch_on_speaker_rename();
COMMENT ON FUNCTION sessions_touch_on_speaker_rename() IS
    'Trigger function: touches changed_at of every session with remarks of the renamed speaker.';
COMMENT ON TRIGGER sessions_touch_on_speaker_rename ON speakers IS
    'A renamed speaker (name or slug) shows differently on the session pages of their remarks.';

-- +goose StatementBegin
CREATE FUNCTION sessions_touch_on_remark_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- A merge moves remarks to another speaker: their sessions change.
    UPDATE sessions SET changed_at = now()
    WHERE id IN (SELECT n.session_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE o.speaker_id IS DISTINCT FROM n.speaker_id);
    RETURN NULL;
END $$;
-- +goose StatementEnd
CREATE TRIGGER sessions_touch_on_remark_speaker AFTER UPDATE ON remarks
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sessions_touch_on_remark_speaker();
COMMENT ON FUNCTION sessions_touch_on_remark_speaker() IS
    'Trigger function: touches changed_at of sessions whose remarks changed speaker (a merge), once per statement.';
COMMENT ON TRIGGER sessions_touch_on_remark_speaker ON remarks IS
    'A speaker merge moves remarks to another speaker, which changes their session pages.';

-- +goose Down
DROP TRIGGER sessions_touch_on_remark_speaker ON remarks;
DROP FUNCTION sessions_touch_on_remark_speaker();
DROP TRIGGER sessions_touch_on_speaker_rename ON speakers;
DROP FUNCTION sessions_touch_on_speaker_rename();
DROP TRIGGER sessions_touch_on_publish ON sessions;
DROP FUNCTION sessions_touch_on_publish();
DROP INDEX sessions_changed_idx;
ALTER TABLE sessions DROP COLUMN changed_at;
