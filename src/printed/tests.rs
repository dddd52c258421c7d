use super::numeral::numeral;
use super::*;

#[test]
fn numerals_as_the_templates_print_them() {
    assert_eq!(numeral(1), "一");
    assert_eq!(numeral(10), "十");
    assert_eq!(numeral(13), "十三");
    assert_eq!(numeral(20), "二十");
    assert_eq!(numeral(24), "二十四");
    assert_eq!(leading_digit("三、"), Some((3, "、")));
    assert_eq!(leading_digit("3、"), None);
}

#[test]
fn enumerators() {
    assert_eq!(
        strip_enumerator("八、社会保障和就业支出"),
        "社会保障和就业支出"
    );
    assert_eq!(strip_enumerator("(一) 行政单位"), "行政单位");
    assert_eq!(
        strip_enumerator("（二）参照公务员法管理事业单位"),
        "参照公务员法管理事业单位"
    );
    assert_eq!(
        strip_enumerator("1. 副部(省)级及以上领导用车"),
        "副部(省)级及以上领导用车"
    );
    assert_eq!(strip_enumerator("本年收入合计"), "本年收入合计");
    assert_eq!(strip_enumerator("2080505"), "2080505");
    assert_eq!(strip_enumerator("1)行政运行"), "行政运行");
    assert_eq!(strip_enumerator("2） 事业运行"), "事业运行");
    assert_eq!(strip_enumerator("（一、其他"), "（一、其他");
    // An enumerator alone leaves nothing of a name.
    assert_eq!(strip_enumerator("一、"), "");
    assert_eq!(strip_enumerator("（三）"), "");
    assert!(starts_with_chinese_enumerator("十一、其他"));
    assert!(!starts_with_chinese_enumerator("（一）其他"));
}

#[test]
fn part_headings() {
    assert_eq!(
        part_heading("第 二部分 2023年部门决算表"),
        Some(("二".to_owned(), "2023年部门决算表".to_owned()))
    );
    assert_eq!(part_number("第三部分 名词解释"), Some(3));
    assert_eq!(part_number("第十一部分"), None);
    assert_eq!(part_heading("第二章"), None);
}

#[test]
fn folding() {
    assert!(same_printed("因公出国（境）费", "因公出国 (境)费"));
    assert!(!same_printed("因公出国（境）费", "因公出国费"));
    assert!(same_printed("“三公”经费", "\"三公\" 经费"));
    assert!(same_printed("【一】", "[一]"));
    assert_eq!(compact(" 一般 公共\u{3000}预算 "), "一般公共预算");
    assert!(is_blank(" \t"));
}

proptest::proptest! {
    /// Law: reading a written numeral 一 … 十 gives the number back, and a written numeral
    /// above 十 is not read as one digit.
    #[test]
    fn numerals_read_back(n in 1_usize..100) {
        let written = numeral(n);
        let read = leading_digit(&written).filter(|(_, rest)| rest.is_empty());
        proptest::prop_assert_eq!(read.map(|(v, _)| usize::from(v)), (n <= 10).then_some(n));
    }

    /// Law: the allocation-free tests agree with `compact` on any text.
    #[test]
    fn compact_tests_agree_with_compact(
        text in "[ \t\u{3000}a第表公开决算0-9]{0,12}",
        affix in "[a第表公开决算]{0,3}",
        n in 0_usize..8,
    ) {
        let c = compact(&text);
        proptest::prop_assert_eq!(compact_starts_with(&text, &affix), c.starts_with(affix.as_str()));
        proptest::prop_assert_eq!(compact_ends_with(&text, &affix), c.ends_with(affix.as_str()));
        proptest::prop_assert_eq!(compact_len_at_most(&text, n), c.chars().count() <= n);
        proptest::prop_assert_eq!(has_white_space(&text), text.chars().any(char::is_whitespace));
    }
}
