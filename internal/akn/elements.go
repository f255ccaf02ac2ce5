package akn

import "encoding/xml"

// The element types below mirror the part of the Akoma Ntoso schema a
// debate of minutes uses, in the schema's order of children.

type document struct {
	XMLName xml.Name `xml:"akomaNtoso"`
	NS      string   `xml:"xmlns,attr"`
	Debate  debate   `xml:"debate"`
}

type debate struct {
	Name    string     `xml:"name,attr"`
	Meta    meta       `xml:"meta"`
	Preface *preface   `xml:"preface"`
	Body    debateBody `xml:"debateBody"`
}

type meta struct {
	Identification identification `xml:"identification"`
	References     references     `xml:"references"`
}

type identification struct {
	Source        string `xml:"source,attr"`
	Work          frbr   `xml:"FRBRWork"`
	Expression    frbr   `xml:"FRBRExpression"`
	Manifestation frbr   `xml:"FRBRManifestation"`
}

// frbr is a FRBR level; each level uses some of the optional fields.
type frbr struct {
	This     value     `xml:"FRBRthis"`
	URI      value     `xml:"FRBRuri"`
	Date     frbrDate  `xml:"FRBRdate"`
	Author   href      `xml:"FRBRauthor"`
	Country  *value    `xml:"FRBRcountry"`
	Version  *value    `xml:"FRBRversionNumber"`
	Language *language `xml:"FRBRlanguage"`
}

type value struct {
	Value string `xml:"value,attr"`
}

type href struct {
	Href string `xml:"href,attr"`
}

type language struct {
	Language string `xml:"language,attr"`
}

type frbrDate struct {
	Date string `xml:"date,attr"`
	Name string `xml:"name,attr"`
}

type references struct {
	Source  string `xml:"source,attr"`
	Orgs    []tlc  `xml:"TLCOrganization"`
	Persons []tlc  `xml:"TLCPerson"`
}

// tlc is a Top Level Class reference: a person or an organisation.
type tlc struct {
	EID    string `xml:"eId,attr"`
	Href   string `xml:"href,attr"`
	ShowAs string `xml:"showAs,attr"`
}

type preface struct {
	P []line `xml:"p"`
}

// line is a paragraph of the preface: the title, the date, or text.
type line struct {
	DocTitle string   `xml:"docTitle,omitempty"`
	DocDate  *docDate `xml:"docDate"`
	Text     string   `xml:",chardata"`
}

type docDate struct {
	Date string `xml:"date,attr"`
	Text string `xml:",chardata"`
}

type debateBody struct {
	Sections []section `xml:"debateSection"`
}

type section struct {
	Name     string   `xml:"name,attr"`
	EID      string   `xml:"eId,attr"`
	Num      string   `xml:"num,omitempty"`
	Heading  string   `xml:"heading,omitempty"`
	Speeches []speech `xml:",any"`
}

// speech is a <speech> by a person in paragraphs, or when XMLName says so
// a <narrative>, whose content the schema wants inline: its lines in Text.
type speech struct {
	XMLName xml.Name
	EID     string   `xml:"eId,attr"`
	By      string   `xml:"by,attr,omitempty"`
	From    string   `xml:"from,omitempty"`
	P       []string `xml:"p"`
	Text    string   `xml:",chardata"`
}
