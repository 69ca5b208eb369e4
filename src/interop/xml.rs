//! A light XML tree for the frab importer: elements by local name with their attributes and
//! byte offsets, and text kept as written until an importer asks for it.
//!
//! Why not a full DOM (the xCal importer uses one): a frab `schedule.xml` is mostly abstracts
//! and descriptions, escaped HTML that the importer never reads. A DOM decodes every text
//! node (FOSDEM 2020's 2 MB file: three quarters of the whole `plenary check`); this tree
//! records where each text is and decodes only the ones asked for ([`Node::text`]).
//!
//! What is checked, so a damaged file is refused with its line and column rather than read
//! half: end tags match their start tags, every element is closed, there is one root
//! element, attributes are well-formed, unique and their references known, and every
//! `&reference;` in text is one of the five predefined entities or a character reference.
//! Entities declared in a DTD are refused as unknown (no schedule writer declares any).

use std::borrow::Cow;

use quick_xml::XmlVersion;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::reader::Reader;

use super::ImportError;
use super::ids::Lines;
use crate::messages::Message;

/// A parsed document: its nodes in document order.
pub(super) struct Document<'i> {
    text: &'i str,
    nodes: Vec<NodeData<'i>>,
    /// Every element's attributes, one element's after another (an element holds a range
    /// of them: one allocation for the document rather than one per element).
    attributes: Vec<(Cow<'i, str>, Cow<'i, str>)>,
    root: usize,
}

struct NodeData<'i> {
    kind: Kind<'i>,
    /// Byte offset of the node's start in the text.
    offset: usize,
    /// One past the index of the node's last descendant: its descendants are the nodes
    /// between it and there, in document order.
    end: usize,
}

enum Kind<'i> {
    Element {
        /// The local name (`title` of `pentabarf:title`).
        name: Cow<'i, str>,
        /// Its attributes in [`Document::attributes`].
        attributes: std::ops::Range<usize>,
    },
    /// Character data as written, without references (they are their own nodes).
    Text(&'i str),
    /// What a `&reference;` stands for.
    Reference(char),
    /// The content of a CDATA section.
    CData(&'i str),
}

/// A node of a [`Document`].
#[derive(Clone, Copy)]
pub(super) struct Node<'d, 'i> {
    doc: &'d Document<'i>,
    index: usize,
}

impl<'i> Document<'i> {
    /// Parses `text`; a well-formedness error names its line and column.
    pub(super) fn parse(text: &'i str) -> Result<Document<'i>, ImportError> {
        let mut reader = Reader::from_str(text);
        reader.config_mut().check_end_names = true;
        let mut nodes: Vec<NodeData<'i>> = Vec::new();
        let mut attributes = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut root = None;
        let error = |offset: u64, message: Message| {
            let (line, column) = Lines::new(text).at(text, offset as usize);
            ImportError::Xml {
                line,
                column,
                message: Box::new(message),
            }
        };
        loop {
            let offset = reader.buffer_position() as usize;
            let event = reader
                .read_event()
                .map_err(|e| error(reader.error_position(), Message::as_said(e.to_string())))?;
            let is_start = matches!(event, Event::Start(_));
            let kind = match event {
                Event::Start(ref tag) | Event::Empty(ref tag) => {
                    if open.is_empty() && root.is_some() {
                        return Err(error(offset as u64, Message::new("xml-second-root")));
                    }
                    element(text, tag, &mut attributes).map_err(|m| error(offset as u64, m))?
                }
                Event::End(_) => {
                    // The reader checked that the name matches the open element.
                    if let Some(index) = open.pop() {
                        nodes[index].end = nodes.len();
                    }
                    continue;
                }
                Event::Text(t) => {
                    if open.is_empty() {
                        if t.xml10_content().trim().is_empty() {
                            continue;
                        }
                        return Err(error(offset as u64, Message::new("xml-text-outside-root")));
                    }
                    // Borrowed from the input, whose offsets it keeps.
                    let raw = &text[offset..reader.buffer_position() as usize];
                    Kind::Text(raw)
                }
                Event::GeneralRef(r) => {
                    let c = reference(&r).map_err(|m| error(offset as u64, m))?;
                    if open.is_empty() {
                        return Err(error(offset as u64, Message::new("xml-text-outside-root")));
                    }
                    Kind::Reference(c)
                }
                Event::CData(_) => {
                    let raw = &text[offset..reader.buffer_position() as usize];
                    let inner = raw
                        .strip_prefix("<![CDATA[")
                        .and_then(|s| s.strip_suffix("]]>"))
                        .unwrap_or("");
                    Kind::CData(inner)
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => continue,
            };

            let is_element = matches!(kind, Kind::Element { .. });
            let index = nodes.len();
            nodes.push(NodeData {
                kind,
                offset,
                end: index + 1,
            });
            if is_element && open.is_empty() {
                root = Some(index);
            }
            if is_start {
                open.push(index);
            }
        }
        if let Some(&index) = open.last() {
            let name = match &nodes[index].kind {
                Kind::Element { name, .. } => name.to_string(),
                _ => String::new(),
            };
            return Err(error(
                text.len() as u64,
                Message::new("xml-ends-inside").with("element", name),
            ));
        }
        let Some(root) = root else {
            return Err(error(0, Message::new("xml-no-root")));
        };
        Ok(Document {
            text,
            nodes,
            attributes,
            root,
        })
    }

    /// The root element.
    pub(super) fn root_element(&self) -> Node<'_, 'i> {
        Node {
            doc: self,
            index: self.root,
        }
    }

    /// The text parsed.
    pub(super) fn text(&self) -> &'i str {
        self.text
    }
}

/// An element's local name, its attributes unescaped into `attributes`.
fn element<'i>(
    text: &'i str,
    tag: &BytesStart<'_>,
    attributes: &mut Vec<(Cow<'i, str>, Cow<'i, str>)>,
) -> Result<Kind<'i>, Message> {
    let name = within(text, tag.local_name().into_inner());
    let first = attributes.len();
    for attribute in tag.attributes().with_checks(true) {
        let attribute = attribute.map_err(|e| Message::as_said(e.to_string()))?;
        let key = within(text, attribute.key.local_name().into_inner());
        let value = match attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| Message::as_said(e.to_string()))?
        {
            Cow::Borrowed(value) => within(text, value),
            Cow::Owned(value) => Cow::Owned(value),
        };
        attributes.push((key, value));
    }
    Ok(Kind::Element {
        name,
        attributes: first..attributes.len(),
    })
}

/// `part` as a slice of `text` when the reader borrowed it from there (a reader of a `&str`
/// does), so the tree borrows the text rather than copying every name; else a copy.
fn within<'i>(text: &'i str, part: &str) -> Cow<'i, str> {
    let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    match text.get(start..start.wrapping_add(part.len())) {
        Some(found) if std::ptr::eq(found.as_ptr(), part.as_ptr()) => Cow::Borrowed(found),
        _ => Cow::Owned(part.to_owned()),
    }
}

/// The character a `&reference;` stands for.
fn reference(r: &BytesRef) -> Result<char, Message> {
    if let Some(c) = r
        .resolve_char_ref()
        .map_err(|e| Message::as_said(e.to_string()))?
    {
        return Ok(c);
    }
    let name = r.xml10_content();
    match quick_xml::escape::resolve_predefined_entity(&name).and_then(|s| s.chars().next()) {
        Some(c) => Ok(c),
        None => Err(Message::new("xml-unknown-entity").with("name", name.as_ref())),
    }
}

impl<'d, 'i> Node<'d, 'i> {
    fn data(&self) -> &'d NodeData<'i> {
        &self.doc.nodes[self.index]
    }

    /// The local name of an element; empty for text.
    pub(super) fn name(&self) -> &'d str {
        match &self.data().kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    /// Whether this is an element named `name` (local name).
    pub(super) fn has_tag_name(&self, name: &str) -> bool {
        self.is_element() && self.name() == name
    }

    /// Whether this is an element (not text).
    pub(super) fn is_element(&self) -> bool {
        matches!(self.data().kind, Kind::Element { .. })
    }

    /// The value of attribute `name`, unescaped.
    pub(super) fn attribute(&self, name: &str) -> Option<&'d str> {
        match &self.data().kind {
            Kind::Element { attributes, .. } => self.doc.attributes[attributes.clone()]
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_ref()),
            _ => None,
        }
    }

    /// Byte offset of the node's start.
    pub(super) fn offset(&self) -> usize {
        self.data().offset
    }

    /// The node's children, in order.
    pub(super) fn children(self) -> impl Iterator<Item = Node<'d, 'i>> {
        let end = self.data().end;
        let doc = self.doc;
        let mut next = self.index + 1;
        std::iter::from_fn(move || {
            if next >= end {
                return None;
            }
            let node = Node { doc, index: next };
            next = doc.nodes[next].end;
            Some(node)
        })
    }

    /// The first child element named `name`.
    pub(super) fn child(self, name: &str) -> Option<Node<'d, 'i>> {
        self.children().find(|n| n.has_tag_name(name))
    }

    /// The text of the node and its descendants (CDATA included), decoded: references
    /// replaced and line ends normalised to `\n`, as XML reads them.
    pub(super) fn text(&self) -> String {
        let mut out = String::new();
        for data in &self.doc.nodes[self.index..self.data().end] {
            match data.kind {
                Kind::Text(raw) => push_normalised(&mut out, raw),
                Kind::CData(raw) => push_normalised(&mut out, raw),
                Kind::Reference(c) => out.push(c),
                Kind::Element { .. } => {}
            }
        }
        out
    }
}

fn push_normalised(out: &mut String, raw: &str) {
    if raw.contains('\r') {
        out.push_str(&raw.replace("\r\n", "\n").replace('\r', "\n"));
    } else {
        out.push_str(raw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(text: &str) -> (usize, usize) {
        match Document::parse(text) {
            Err(ImportError::Xml { line, column, .. }) => (line, column),
            Err(other) => panic!("not an XML error: {other}"),
            Ok(_) => panic!("accepted: {text}"),
        }
    }

    #[test]
    fn what_is_wrong_is_said_in_the_readers_language() {
        let Err(e) = Document::parse("<schedule><day>") else {
            panic!("accepted a file cut short");
        };
        let said = e.message();
        assert!(
            said.to_string()
                .ends_with("the file ends before <day> is closed"),
            "{said}"
        );
        assert!(
            said.text(crate::model::Lang::Fr)
                .ends_with("le fichier se termine avant la fermeture de <day>"),
            "{}",
            said.text(crate::model::Lang::Fr)
        );
    }

    #[test]
    fn children_attributes_and_decoded_text() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule>\n<s a=\"x &amp; y\"><t>A &lt;b&gt; &#233;<![CDATA[<i>]]></t><u/>tail</s>";
        let doc = Document::parse(text).expect("parses");
        let root = doc.root_element();
        assert_eq!(root.name(), "s");
        assert_eq!(root.attribute("a"), Some("x & y"));
        let names: Vec<&str> = root.children().map(|n| n.name()).collect();
        assert_eq!(names, ["t", "u", ""]);
        assert_eq!(
            root.child("t").map(|t| t.text()).as_deref(),
            Some("A <b> é<i>")
        );
        assert_eq!(root.text(), "A <b> é<i>tail");
        assert_eq!(root.child("u").map(|u| u.offset()), text.find("<u/>"));
    }

    #[test]
    fn prefixed_names_are_read_by_their_local_name() {
        let doc = Document::parse("<s xmlns:p=\"urn:x\"><p:title p:id=\"1\">T</p:title></s>")
            .expect("parses");
        let title = doc.root_element().child("title").expect("found");
        assert_eq!(title.attribute("id"), Some("1"));
    }

    #[test]
    fn damaged_files_are_refused_with_their_position() {
        assert_eq!(
            position("<s>\n<day a=>").0,
            2,
            "an attribute without a value"
        );
        assert_eq!(position("<s>\n<t></u></s>").0, 2, "mismatched end tag");
        assert_eq!(position("<s><t>").0, 1, "unclosed");
        assert_eq!(position("<s>&nbsp;</s>"), (1, 4), "unknown entity");
        assert_eq!(position("<s/><t/>").0, 1, "two roots");
        assert_eq!(position("<s a='1' a='2'/>").0, 1, "duplicate attribute");
        assert_eq!(position("").0, 1, "no root");
    }
}
