package minutes

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// rawParagraph is a closed Markdown paragraph kept as its source lines.
// goldmark's second pass parses the inline content of every paragraph
// into text nodes, which the parser never reads (remark text keeps inline
// Markdown as written); a raw node is skipped by that pass, which was a
// sixth of the parse time and a fifth of its allocations.
type rawParagraph struct {
	ast.BaseBlock
}

// kindRawParagraph is the node kind of rawParagraph.
var kindRawParagraph = ast.NewNodeKind("PlenaryRawParagraph")

// Kind implements ast.Node.
func (n *rawParagraph) Kind() ast.NodeKind { return kindRawParagraph }

// IsRaw implements ast.Node: the inline pass leaves the node alone.
func (n *rawParagraph) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *rawParagraph) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// rawParagraphs is a paragraph transformer that swaps each closing
// paragraph for a rawParagraph with the same lines.
type rawParagraphs struct{}

// Transform implements parser.ParagraphTransformer. A paragraph that is
// closing because a setext underline follows is left alone: goldmark
// makes it a heading only if the paragraph is still in the tree.
func (rawParagraphs) Transform(p *ast.Paragraph, reader text.Reader, pc parser.Context) {
	if line, _ := reader.PeekLine(); isSetextBar(line) {
		return
	}
	parent := p.Parent()
	if parent == nil {
		return
	}
	r := newRawParagraph(pc)
	r.SetLines(p.Lines())
	r.SetBlankPreviousLines(p.HasBlankPreviousLines())
	parent.ReplaceChild(parent, p, r)
}

// rawSlabKey holds, in the context of one parse, the chunk that
// rawParagraphs cuts its nodes from (see newRawParagraph).
var rawSlabKey = parser.NewContextKey()

// rawSlab is a chunk of rawParagraph nodes for one parse.
type rawSlab struct{ nodes []rawParagraph }

// newRawParagraph returns a fresh node, cut from the parse's chunk when
// the context holds one: one allocation per chunk instead of one per
// paragraph (a seventh of a parse's allocations). A full chunk stays as
// it is, as the tree points into it, and a new one is started.
func newRawParagraph(pc parser.Context) *rawParagraph {
	slab, _ := pc.Get(rawSlabKey).(*rawSlab)
	if slab == nil {
		return &rawParagraph{}
	}
	if len(slab.nodes) == cap(slab.nodes) {
		slab.nodes = make([]rawParagraph, 0, 32)
	}
	slab.nodes = append(slab.nodes, rawParagraph{})
	return &slab.nodes[len(slab.nodes)-1]
}

// isSetextBar reports a line of only '=' or only '-' (up to three spaces
// of indent, trailing spaces allowed), the CommonMark setext underline.
func isSetextBar(line []byte) bool {
	i := 0
	for i < len(line) && i < 4 && line[i] == ' ' {
		i++
	}
	if i > 3 || i >= len(line) || line[i] != '=' && line[i] != '-' {
		return false
	}
	c := line[i]
	for i < len(line) && line[i] == c {
		i++
	}
	for i < len(line) {
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\n' && line[i] != '\r' {
			return false
		}
		i++
	}
	return true
}
