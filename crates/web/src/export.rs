//! Lists as CSV: one row per item, one column per top-level field.

use serde::Serialize;
use serde_json::Value;

/// `rows` as CSV (RFC 4180, CRLF line ends). Columns are the fields of the
/// first row in their order; nested values are flattened: a list of
/// parties becomes `Name (CODE); Name (CODE)`, other objects compact JSON.
pub fn to_csv<T: Serialize>(rows: &[T]) -> String {
    let values: Vec<Value> = rows
        .iter()
        .map(|r| serde_json::to_value(r).unwrap_or(Value::Null))
        .collect();
    let mut columns: Vec<String> = Vec::new();
    for v in &values {
        if let Value::Object(m) = v {
            for k in m.keys() {
                if !columns.contains(k) {
                    columns.push(k.clone());
                }
            }
        }
    }
    let mut out = String::new();
    line(&mut out, columns.iter().map(String::as_str));
    for v in &values {
        let cells: Vec<String> = columns
            .iter()
            .map(|c| v.get(c).map(flat).unwrap_or_default())
            .collect();
        line(&mut out, cells.iter().map(String::as_str));
    }
    out
}

fn line<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(c));
    }
    out.push_str("\r\n");
}

/// One cell, quoted when needed. A cell a spreadsheet would take for a
/// formula (`=`, `+`, `-`, `@` first) gets a leading `'`: article text is
/// untrusted.
fn cell(s: &str) -> String {
    let s = match s.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => format!("'{s}"),
        Some('-') if s.len() > 1 && !s[1..].starts_with(|c: char| c.is_ascii_digit()) => {
            format!("'{s}")
        }
        _ => s.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn flat(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::Object(m) => match (m.get("name"), m.get("code")) {
                    (Some(Value::String(n)), Some(Value::String(c))) => format!("{n} ({c})"),
                    (Some(Value::String(n)), _) => n.clone(),
                    _ => i.to_string(),
                },
                other => flat(other),
            })
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(m) => match m.get("name") {
            Some(Value::String(n)) => n.clone(),
            _ => v.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        id: i64,
        text: String,
        parties: Vec<Party>,
        place: Option<Party>,
    }
    #[derive(Serialize)]
    struct Party {
        name: String,
        code: Option<String>,
    }

    #[test]
    fn rows_become_quoted_flat_cells() {
        let rows = vec![
            Row {
                id: 7,
                text: "He said \"no\", twice\nand left".into(),
                parties: vec![
                    Party {
                        name: "Russia".into(),
                        code: Some("RUS".into()),
                    },
                    Party {
                        name: "Nobody".into(),
                        code: None,
                    },
                ],
                place: None,
            },
            Row {
                id: 8,
                text: "=HYPERLINK(\"http://x\")".into(),
                parties: vec![],
                place: Some(Party {
                    name: "Riyadh".into(),
                    code: Some("SAU".into()),
                }),
            },
        ];
        let csv = to_csv(&rows);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "id,text,parties,place");
        assert_eq!(
            lines[1],
            "7,\"He said \"\"no\"\", twice\nand left\",Russia (RUS); Nobody,"
        );
        assert_eq!(lines[2], "8,\"'=HYPERLINK(\"\"http://x\"\")\",,Riyadh");
        assert_eq!(cell("-5"), "-5");
        assert_eq!(cell("-cmd"), "'-cmd");
        assert_eq!(to_csv::<Row>(&[]), "\r\n");
    }
}
