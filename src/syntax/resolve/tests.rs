//! Tests of the resolver: names, keywords, SQL bodies, pragmas and bounds.

use super::*;
use crate::names;
use crate::syntax::token::Modifier;

fn toks(src: &str) -> Vec<Tok<'_>> {
    let names = Box::leak(Box::new(NameTable::with_methods(["fib", "My Method"])));
    let lexed = lex(src, names);
    assert!(lexed.errors.is_empty(), "{:?}", lexed.errors);
    lexed.tokens.into_iter().map(|(t, _)| t).collect()
}

fn cmd(name: &str) -> Tok<'static> {
    Tok::Command(names::command_by_name(name).unwrap())
}

#[test]
fn multi_word_names() {
    let c = Tok::Constant(names::constant_by_name("4D Write license").unwrap());
    assert_eq!(
        toks("SET PLUGIN ACCESS(4D Write license; \"plugins\")"),
        vec![
            cmd("SET PLUGIN ACCESS"),
            Tok::LParen,
            c,
            Tok::Semi,
            Tok::Text("plugins"),
            Tok::RParen,
            Tok::Newline
        ]
    );
    assert_eq!(toks("$x:=Current date+1")[2], cmd("Current date"));
    assert_eq!(toks("My  Method(1)")[0], Tok::Method(1));
    assert_eq!(toks("Current")[0], Tok::Ident("Current"));
}

#[test]
fn tokenized_names_resolve_by_number() {
    assert_eq!(toks("ALERTE:C41(\"x\")")[0], cmd("ALERT"));
    assert_eq!(
        toks("$t:=Is text:K8:3")[2],
        Tok::Constant(names::constant_by_name("Is text").unwrap())
    );
    assert_eq!(toks("PV PRINT:P13000:229($a)")[0], Tok::Unavailable);
    assert_eq!(
        toks("x:=[People:2]Name:3")[2..4],
        [Tok::Table("People"), Tok::Field("Name")]
    );
    assert_eq!(
        toks("x:=[People]Last name")[2..5],
        [Tok::Table("People"), Tok::Field("Last name"), Tok::Newline]
    );
}

#[test]
fn keywords_only_at_statement_start() {
    assert_eq!(toks("End  for each ")[0], Tok::Kw(Kw::EndForEach));
    assert_eq!(toks("end \\\n  if")[0], Tok::Kw(Kw::EndIf));
    assert_eq!(
        toks("For each ($e; $c) Until ($x)")[..2],
        [Tok::Kw(Kw::ForEach), Tok::LParen]
    );
    assert!(toks("For each ($e; $c) Until ($x)").contains(&Tok::Kw(Kw::Until)));
    assert_eq!(toks("$o.length")[2], Tok::Ident("length"));
    assert_eq!(toks("$p->length")[2], Tok::Ident("length"));
    assert_eq!(toks("$x:=->Length")[2..4], [Tok::Arrow, cmd("Length")]);
    assert_eq!(
        toks("shared Function get size() : Integer")[..4],
        [
            Tok::Kw(Kw::Modifier(Modifier::Shared)),
            Tok::Kw(Kw::Function),
            Tok::Ident("get"),
            Tok::Ident("size")
        ]
    );
    assert_eq!(toks("var $d : Date")[3], Tok::Ident("Date"));
    assert_eq!(toks("var $d:=Current date")[3], cmd("Current date"));
}

#[test]
fn sql_blocks_are_opaque() {
    let t = toks("Begin SQL\n SELECT \"x\" /* FROM t\nEnd SQL\n$a:=1");
    assert!(matches!(t[0], Tok::Sql(s) if s.contains("SELECT")));
    assert_eq!(t[1..3], [Tok::Newline, Tok::Local("a")]);
}

#[test]
fn sql_end_line_with_non_ascii_does_not_split_a_character() {
    // Found by fourd-fuzz: `End S…` with a multi-byte character third.
    let names = NameTable::default();
    let l = lex("Begin SQL\nEnd Si\u{fffd}l\nEnd SQL\n$a:=1", &names);
    assert!(l.errors.is_empty());
    assert!(matches!(l.tokens[0].0, Tok::Sql(s) if s.contains("Si")));
}

#[test]
fn trailing_semicolon_and_params() {
    assert_eq!(
        toks("$1:=${2};"),
        vec![
            Tok::Param(1),
            Tok::Assign,
            Tok::DollarBrace,
            Tok::Number(2.0),
            Tok::RBrace,
            Tok::Newline
        ]
    );
}

#[test]
fn pragmas_make_regions() {
    let names = NameTable::default();
    let l = lex("a\n//%T-\nb\n//%T+\nc", &names);
    assert_eq!(l.unchecked_regions.len(), 1);
}

#[test]
fn long_lines_and_deep_ternaries_are_refused() {
    let names = NameTable::default();
    let src = format!("$a:={}1\n$b:=2", "1+".repeat(MAX_LINE_TOKENS));
    let l = lex(&src, &names);
    assert_eq!(l.errors.len(), 1);
    assert!(l.tokens.len() <= MAX_LINE_TOKENS + 8);
    assert_eq!(l.tokens[l.tokens.len() - 4].0, Tok::Local("b"));
    let src = format!("$a:={}1", "1?1:".repeat(MAX_TERNARIES + 1));
    assert_eq!(lex(&src, &names).errors.len(), 1);
    let src = format!("$a:={}1", "1?1:".repeat(MAX_TERNARIES));
    assert!(lex(&src, &names).errors.is_empty());
}

#[test]
fn deep_brackets_are_refused() {
    let names = NameTable::default();
    let src = format!("$a:={}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let l = lex(&src, &names);
    assert_eq!(l.errors.len(), 1);
}
