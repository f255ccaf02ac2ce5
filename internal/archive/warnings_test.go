package archive

import (
	"slices"
	"testing"
)

func TestClosestNames(t *testing.T) {
	aliases := []aliasName{
		{"Jari Arkko", "Jari Arkko"}, {"J. Arkko", "Jari Arkko"},
		{"Andrew Sullivan", "Andrew Sullivan"}, {"Alissa Cooper", "Alissa Cooper"},
		{"Leslie Daigle", "Leslie Daigle"},
	}
	tests := []struct {
		name string
		want []string
	}{
		{"Jari Arko", []string{"Jari Arkko"}},
		{"Andy Sullivan", []string{"Andrew Sullivan"}},
		{"Alisa Cooper", []string{"Alissa Cooper"}},
		{"Zebulon Quux", []string{}},
	}
	for _, tt := range tests {
		if got := closestNames(tt.name, aliases, 3); !slices.Equal(got, tt.want) {
			t.Errorf("closestNames(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSuspiciousName(t *testing.T) {
	for name, suspicious := range map[string]bool{
		"Jari Arkko": false, "EKR": false, "Jean-Paul de la Tour": false,
		"Speaker 2": true, "the chair said that": true, "Note: this": true,
		"Somebody Who Talks On And On Forever": true, "Henning": true,
	} {
		if got := suspiciousName(name) != ""; got != suspicious {
			t.Errorf("suspiciousName(%q) = %q, want suspicious %v", name, suspiciousName(name), suspicious)
		}
	}
}
