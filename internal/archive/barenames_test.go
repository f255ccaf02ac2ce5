package archive

import "testing"

func TestBareName(t *testing.T) {
	for name, want := range map[string]bool{
		"Mark": true, "Kinnear": true, "Léonie": true, "Jean-Luc": true, " Ted ": true,
		"DE": false, "PHB": false, "mnot": false, "MartinDuke": false, "AlexT": false,
		"Mark Nottingham": false, "alexey.melnikov": false, "y86": false, "": false, "M": false,
	} {
		if got := bareName(name); got != want {
			t.Errorf("bareName(%q) = %v, want %v", name, got, want)
		}
	}
}
