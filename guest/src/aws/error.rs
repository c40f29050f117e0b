//! restJson1 error responses, read as botocore reads them: the type from the
//! `x-amzn-errortype` header, then body `code`/`Code`, then `__type`, then the status.

use crate::http::HttpResponse;
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceError {
    pub code: String,
    pub message: String,
    pub status: u16,
    pub request_id: Option<String>,
}

/// `NotFoundException:http://internal.amazon.com/coral/…` → `NotFoundException`; `aws#Foo` → `Foo`.
fn sanitize(code: &str) -> String {
    let code = code.split(':').next().unwrap_or(code);
    code.rsplit('#').next().unwrap_or(code).trim().to_string()
}

pub fn parse(response: &HttpResponse) -> ServiceError {
    let body: Option<Value> = serde_json::from_slice(&response.body).ok();
    let field = |names: &[&str]| -> Option<String> {
        let obj = body.as_ref()?.as_object()?;
        names
            .iter()
            .find_map(|n| obj.get(*n)?.as_str().map(str::to_string))
    };
    let message = field(&["message", "Message"]).unwrap_or_else(|| match &body {
        Some(_) => String::new(),
        None => String::from_utf8_lossy(&response.body)
            .chars()
            .take(500)
            .collect::<String>()
            .trim()
            .to_string(),
    });
    let code = response
        .header("x-amzn-errortype")
        .map(str::to_string)
        .or_else(|| field(&["code", "Code"]))
        .or_else(|| field(&["__type"]))
        .map(|c| sanitize(&c))
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| response.status.to_string());
    ServiceError {
        code,
        message,
        status: response.status,
        request_id: response
            .header("x-amzn-requestid")
            .or_else(|| response.header("x-amz-request-id"))
            .map(str::to_string),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
        HttpResponse {
            status,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn header_wins_and_is_sanitized() {
        let e = parse(&resp(
            404,
            &[
                (
                    "x-amzn-errortype",
                    "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.s3tables/",
                ),
                ("x-amzn-requestid", "rid"),
            ],
            r#"{"message":"The specified bucket does not exist."}"#,
        ));
        assert_eq!(
            e,
            ServiceError {
                code: "NotFoundException".into(),
                message: "The specified bucket does not exist.".into(),
                status: 404,
                request_id: Some("rid".into())
            }
        );
    }

    #[test]
    fn falls_back_to_body_type_then_status() {
        assert_eq!(
            parse(&resp(
                403,
                &[],
                r#"{"__type":"ForbiddenException","message":"no"}"#
            ))
            .code,
            "ForbiddenException"
        );
        assert_eq!(
            parse(&resp(
                403,
                &[("x-amzn-errortype", "AccessDeniedException")],
                r#"{"Message":"m"}"#
            ))
            .message,
            "m"
        );
        let e = parse(&resp(400, &[], r#"{"message":"bad"}"#));
        assert_eq!((e.code.as_str(), e.message.as_str()), ("400", "bad"));
        let e = parse(&resp(503, &[], "<html>Service Unavailable</html>"));
        assert_eq!(
            (e.code.as_str(), e.message.as_str()),
            ("503", "<html>Service Unavailable</html>")
        );
    }
}
