use super::*;

#[test]
fn english_is_written_from_the_file() {
    let m = Message::new("conflict-room-clash")
        .with("a", "Q1")
        .with("b", "Q2")
        .with("room", "Popov")
        .with(
            "when",
            Arg::Span {
                start: "2017-09-20T09:00".parse().expect("stamp"),
                end: "2017-09-20T12:30".parse().expect("stamp"),
            },
        );
    assert_eq!(
        m.to_string(),
        "“Q1” and “Q2” both use room Popov on Wed 20 Sep 09:00–12:30"
    );
}
