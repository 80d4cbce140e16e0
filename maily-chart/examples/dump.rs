fn main() {
    match maily_chart::render::templates() {
        Ok(files) => for (p, t) in files { if p.starts_with("api/deploy") || p.starts_with("ai-service/dep") || p.starts_with("tests/api") || p.starts_with("workers/dep") {println!("=== {p}\n{t}");} },
        Err(e) => println!("ERR {e:#?}"),
    }
}
