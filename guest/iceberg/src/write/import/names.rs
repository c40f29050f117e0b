//! Source column names → table column names. By default snake_case as the reference server
//! does (pydantic's `to_snake`), with one addition: whitespace also becomes `_`, so a CSV
//! header such as `Unit Price` gives a usable column name (`unit_price`, where pydantic keeps
//! `unit price`). Only top-level names are mapped; nested field names stay as in the file.

use regex_lite::Regex;
use std::sync::OnceLock;

/// pydantic's substitutions, applied in this order (each over the previous one's output):
/// an acronym before a word (`HTTPStatus` → `HTTP_Status`), lower before upper
/// (`firstName`), digit before upper (`2Go`), lower before digit (`version2`).
fn rules() -> &'static [Regex; 4] {
    static RULES: OnceLock<[Regex; 4]> = OnceLock::new();
    RULES.get_or_init(|| {
        // The patterns are constants: a failure to compile is a bug caught by every test.
        let re = |p: &str| Regex::new(p).expect("a valid constant pattern");
        [
            re("([A-Z]+)([A-Z][a-z])"),
            re("([a-z])([A-Z])"),
            re("([0-9])([A-Z])"),
            re("([a-z])([0-9])"),
        ]
    })
}

/// `OrderID` → `order_id`, `firstName` → `first_name`, `Unit Price` → `unit_price`,
/// `order-id` → `order_id`, `Col1` → `col_1`; already snake_case names are unchanged.
pub fn to_snake(name: &str) -> String {
    let mut out = name.to_string();
    for rule in rules() {
        // `${1}_${2}`, not `$1_$2`: the latter would name a group `1_`.
        out = rule.replace_all(&out, "${1}_${2}").into_owned();
    }
    out.chars()
        .map(|c| {
            if c == '-' || c.is_whitespace() {
                '_'
            } else {
                c
            }
        })
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_pydantic_to_snake_plus_whitespace() {
        // Expected values are pydantic 2's `to_snake` output, with spaces as `_`.
        let cases = [
            ("OrderID", "order_id"),
            ("firstName", "first_name"),
            ("Unit Price", "unit_price"),
            ("already_snake", "already_snake"),
            ("HTTPStatus", "http_status"),
            ("XMLHttpRequest", "xml_http_request"),
            ("MyHTTPServer2", "my_http_server_2"),
            ("order-id", "order_id"),
            ("Col1", "col_1"),
            ("col1Value", "col_1_value"),
            ("camelCase2Go", "camel_case_2_go"),
            ("ABC", "abc"),
            ("ID", "id"),
            ("iD", "i_d"),
            ("aB1c", "a_b1c"),
            ("ABC123def", "abc123def"),
            ("1stPlace", "1st_place"),
            ("a__b", "a__b"),
            ("Ünit", "ünit"),
            ("Unit  Price", "unit__price"),
        ];
        for (name, want) in cases {
            assert_eq!(to_snake(name), want, "{name}");
        }
    }
}
