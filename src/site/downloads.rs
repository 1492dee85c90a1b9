//! Downloads of award lists: beside every award page, `danh-sach.csv` (UTF-8 with a
//! byte-order mark, so Excel shows Vietnamese correctly) and `danh-sach.json`, with
//! the recipients in the order of the page's table: grouped by form of award, each
//! group in Vietnamese alphabetical order.

use serde_json::json;

use crate::content::Page;
use crate::content::front_matter::PageKind;
use crate::error::Result;
use crate::output::Sink;
use crate::render::i18n::I18n;
use crate::render::values::award_groups;
use crate::site::Site;

/// File name of the CSV download, relative to the award page's URL.
pub(crate) const CSV_NAME: &str = "danh-sach.csv";
/// File name of the JSON download, relative to the award page's URL.
pub(crate) const JSON_NAME: &str = "danh-sach.json";

/// Writes the downloads of every award page that lists recipients.
pub(crate) fn write(site: &Site, sink: &dyn Sink, i18n: &I18n) -> Result<()> {
    for page in &site.model.library.pages {
        let Some(award) = page.meta.award.as_ref() else {
            continue;
        };
        if page.kind() != PageKind::Award || award.recipients.is_empty() {
            continue;
        }
        let base = page.output_dir();
        sink.write(&format!("{base}/{CSV_NAME}"), csv(page, i18n).into_bytes())?;
        let json = json_of(page, &site.model.config.permalink(&page.path));
        sink.write(&format!("{base}/{JSON_NAME}"), json.into_bytes())?;
    }
    Ok(())
}

/// The recipients as CSV (RFC 4180, CRLF line ends) with a header row in the
/// site's language, after a UTF-8 byte-order mark.
pub(crate) fn csv(page: &Page, i18n: &I18n) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        "award_col_no",
        "award_col_name",
        "award_col_unit",
        "award_col_province",
        "award_col_form",
        "award_col_kind",
    ]
    .map(|k| i18n.get(k));
    push_row(&mut out, &header);
    let Some(award) = page.meta.award.as_ref() else {
        return out;
    };
    let mut number = 0;
    for (form, list) in award_groups(award) {
        for r in list {
            number += 1;
            let n = number.to_string();
            let row = [
                n.as_str(),
                r.name.as_str(),
                r.unit.as_deref().unwrap_or(""),
                r.province.as_deref().unwrap_or(""),
                form.as_str(),
                r.kind.as_deref().unwrap_or(""),
            ];
            push_row(&mut out, &row);
        }
    }
    out
}

fn push_row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// One CSV field: quoted when needed; a text that a spreadsheet would take for a
/// formula (`=`, `+`, `-`, `@` first) is kept as text with a leading `'`.
pub(crate) fn csv_cell(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let cell = if formula {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// The award and its recipients as JSON, recipients in the table's order.
pub(crate) fn json_of(page: &Page, permalink: &str) -> String {
    let Some(award) = page.meta.award.as_ref() else {
        return "{}".into();
    };
    let mut recipients = Vec::with_capacity(award.recipients.len());
    for (form, list) in award_groups(award) {
        for r in list {
            recipients.push(json!({
                "no": recipients.len() + 1,
                "name": r.name,
                "unit": r.unit,
                "province": r.province,
                "form": if form.is_empty() { None } else { Some(&form) },
                "kind": r.kind,
            }));
        }
    }
    let value = json!({
        "title": page.title,
        "url": permalink,
        "decision": award.decision,
        "date": award.date.as_ref().map(|d| d.0.as_str()),
        "issuer": award.issuer,
        "recipients": recipients,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("Hà Giang"), "Hà Giang");
        assert_eq!(csv_cell("Xã A, huyện B"), "\"Xã A, huyện B\"");
        assert_eq!(
            csv_cell("Báo “Làng số” \"x\""),
            "\"Báo “Làng số” \"\"x\"\"\""
        );
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("-2,5"), "\"'-2,5\"");
    }
}
