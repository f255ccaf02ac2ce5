package archive

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// HandEdit is one hand correction of a session's remarks, as the
// session's revision history lists them: who said a remark, a split or
// a join, whether made on the published session or in an upload's
// preview (publishing turns those into these).
type HandEdit struct {
	Kind string `db:"kind"` // "speaker", "split" or "join"
	Key  int    `db:"key"`  // the remark corrected (split: the first part; join: the remark joined)
	// Speaker is who said the remark (kind speaker) or the second part
	// (split), "" for nobody; Words where the split falls or what the
	// joined remark opens with.
	Speaker  string    `db:"speaker"`
	Words    string    `db:"words"`
	EditedBy string    `db:"edited_by"`
	EditedAt time.Time `db:"edited_at"`
	// Live says the current revision has it; one that is not waits for
	// review (OrphanedEdits, StructureOrphans).
	Live bool `db:"live"`
}

// SessionCorrections lists every hand correction of a session, newest first, at
// most limit of them.
func (s *Store) SessionCorrections(ctx context.Context, sessionID int64, limit int) ([]HandEdit, error) {
	rows, _ := s.pool.Query(ctx, `
		SELECT 'speaker' AS kind, e.remark_key AS key, coalesce(sp.name, '') AS speaker, '' AS words,
		       e.edited_by, e.edited_at,
		       -- An attribution edit is applied while its remark is there.
		       EXISTS (SELECT FROM remarks r WHERE r.session_id = e.session_id AND r.key = e.remark_key) AS live
		FROM remark_edits e LEFT JOIN speakers sp ON sp.id = e.speaker_id
		WHERE e.session_id = $1
		UNION ALL
		-- A split or join is applied when the current revision made it.
		SELECT 'split', x.remark_key, coalesce(sp.name, ''), x.second_start, x.edited_by, x.edited_at,
		       x.applied_revision = s.revision
		FROM remark_splits x JOIN sessions s ON s.id = x.session_id LEFT JOIN speakers sp ON sp.id = x.speaker_id
		WHERE x.session_id = $1
		UNION ALL
		SELECT 'join', j.remark_key, '', j.joined_start, j.edited_by, j.edited_at, j.applied_revision = s.revision
		FROM remark_joins j JOIN sessions s ON s.id = j.session_id
		WHERE j.session_id = $1
		ORDER BY edited_at DESC, key
		LIMIT $2`, sessionID, limit)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByName[HandEdit])
	if err != nil {
		return nil, fmt.Errorf("corrections of session %d: %w", sessionID, err)
	}
	return out, nil
}
