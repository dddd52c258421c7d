//! Laws of printing a table of exact amounts: independent rounding is 四舍五入 of each figure;
//! controlled rounding keeps every printed identity exact and every figure within one unit.

use final_accounts::money::{
    Amount, Circulation, ExactTable, Flow, MoneyUnit, RowTree, TableRounding, TableRoundingError,
    Verdict, check_sum, round_half_away,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A hierarchy of 1–40 rows (each row's parent is an earlier row, or none) and 1–5 columns,
/// with leaf values in 分 that mix whole printed units, zeros and arbitrary figures.
fn table() -> impl Strategy<Value = ExactTable> {
    (1_usize..40, 1_usize..6)
        .prop_flat_map(|(rows, columns)| {
            let parents = (0..rows)
                .map(|row| {
                    if row == 0 {
                        Just(None).boxed()
                    } else {
                        prop_oneof![1 => Just(None), 6 => (0..row).prop_map(Some)].boxed()
                    }
                })
                .collect::<Vec<_>>();
            (parents, Just(columns))
        })
        .prop_flat_map(|(parents, columns)| {
            let tree = RowTree::new(parents).expect("earlier parents form a hierarchy");
            let leaves = tree.leaves().count();
            let value = prop_oneof![
                2 => 0_i64..2_000_000_000,
                1 => Just(0_i64),
                1 => (0_i64..2_000).prop_map(|u| u * 10_000),
                1 => -50_000_000_i64..0,
            ];
            let cells =
                proptest::collection::vec(proptest::collection::vec(value, columns), leaves);
            (Just(tree), Just(columns), cells)
        })
        .prop_map(|(tree, columns, cells)| {
            let leaves = cells
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|fen| Amount::from_yuan(Decimal::new(fen, 2)).expect("in range"))
                        .collect()
                })
                .collect();
            ExactTable::new(tree, columns, leaves).expect("well-formed")
        })
}

fn unit_and_decimals() -> impl Strategy<Value = (MoneyUnit, u32)> {
    prop_oneof![
        4 => Just((MoneyUnit::WanYuan, 2)),
        1 => Just((MoneyUnit::WanYuan, 0)),
        1 => Just((MoneyUnit::WanYuan, 4)),
        1 => Just((MoneyUnit::Yuan, 0)),
    ]
}

fn unit_yuan(unit: MoneyUnit, decimals: u32) -> Decimal {
    unit.yuan_per_unit() / Decimal::from(10_u64.pow(decimals))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn controlled_rounding_keeps_every_identity_and_every_figure_within_one_unit(
        table in table(),
        (unit, decimals) in unit_and_decimals(),
    ) {
        let printed = table.round(unit, decimals, TableRounding::Controlled).unwrap();
        let rows = table.rows();
        let one = unit_yuan(unit, decimals);
        let close = |printed: Decimal, exact: Amount| {
            let diff = (printed * unit.yuan_per_unit() - exact.yuan()).abs();
            let whole = (exact.yuan() / one).fract().is_zero();
            diff < one && (!whole || diff.is_zero())
        };
        for row in 0..rows.len() {
            let mut across = Decimal::ZERO;
            for column in 0..table.columns() {
                let cell = printed.cell(row, column);
                prop_assert_eq!(cell.precision(), final_accounts::money::Precision::Rounded { decimals });
                prop_assert!(close(cell.value(), table.cell(row, column)),
                    "row {} column {}: printed {} for exact {}", row, column, cell, table.cell(row, column));
                across += cell.value();
                if !rows.is_leaf(row) {
                    let parts: Vec<_> = rows.children(row).iter().map(|&c| printed.cell(c, column)).collect();
                    let sum: Decimal = parts.iter().map(|p| p.value()).sum();
                    prop_assert_eq!(cell.value(), sum, "row {} column {}", row, column);
                    prop_assert_eq!(check_sum(&cell, &parts).unwrap().verdict, Verdict::Exact);
                }
            }
            prop_assert_eq!(printed.total(row).value(), across, "row {} total", row);
            prop_assert!(close(printed.total(row).value(), table.total(row)));
        }
        let roots: Decimal = rows.roots().map(|r| printed.total(r).value()).sum();
        prop_assert_eq!(printed.grand_total().value(), roots);
        prop_assert!(close(printed.grand_total().value(), table.grand_total()));
    }

    #[test]
    fn independent_rounding_is_half_away_from_zero_of_each_figure(
        table in table(),
        (unit, decimals) in unit_and_decimals(),
    ) {
        let printed = table.round(unit, decimals, TableRounding::Independent).unwrap();
        for row in 0..table.rows().len() {
            for column in 0..table.columns() {
                let exact = table.cell(row, column).in_units(unit);
                prop_assert_eq!(printed.cell(row, column).value(), round_half_away(exact, decimals));
            }
            prop_assert_eq!(printed.total(row).value(), round_half_away(table.total(row).in_units(unit), decimals));
        }
    }

    #[test]
    fn arbitrary_parents_never_panic(parents in proptest::collection::vec(proptest::option::of(0_usize..50), 0..50)) {
        if let Ok(tree) = RowTree::new(parents.clone()) {
            prop_assert_eq!(tree.len(), parents.len());
            let leaves = tree.leaves().count();
            let table = ExactTable::new(tree, 1, vec![vec![Amount::ZERO]; leaves]);
            prop_assert!(table.is_ok());
        }
    }
}

/// A circulation drawn as a sum of cycles over 2–12 nodes (so every node balances), each
/// cycle's arcs carrying one arbitrary amount; arcs may repeat between the same nodes. Each
/// flow comes with its two ends.
fn circulation() -> impl Strategy<Value = (Circulation, Vec<(Flow, usize, usize)>)> {
    (2_usize..12)
        .prop_flat_map(|nodes| {
            let cycle = (
                proptest::collection::vec(0..nodes, 2..6),
                prop_oneof![3 => 1_i64..500_000_000, 1 => (1_i64..100).prop_map(|u| u * 10_000)],
            );
            (Just(nodes), proptest::collection::vec(cycle, 1..8))
        })
        .prop_map(|(nodes, cycles)| {
            let mut c = Circulation::new();
            let ids: Vec<_> = (0..nodes).map(|_| c.node()).collect();
            let mut flows = Vec::new();
            for (path, fen) in cycles {
                let amount = Amount::from_yuan(Decimal::new(fen, 2)).unwrap();
                for (i, &from) in path.iter().enumerate() {
                    let to = path[(i + 1) % path.len()];
                    flows.push((c.flow(ids[from], ids[to], amount).unwrap(), from, to));
                }
            }
            (c, flows)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_circulation_prints_balanced_with_every_flow_within_one_unit(
        (c, flows) in circulation(),
        (unit, decimals) in unit_and_decimals(),
    ) {
        let printed = c.round(unit, decimals, TableRounding::Controlled).unwrap();
        prop_assert_eq!(printed.len(), flows.len());
        let one = unit_yuan(unit, decimals);
        let mut balance = [Decimal::ZERO; 12];
        for &(flow, from, to) in &flows {
            let exact = c.exact(flow).unwrap();
            let shown = printed.get(flow).unwrap();
            let diff = (shown.amount().yuan() - exact.yuan()).abs();
            prop_assert!(diff < one, "{} printed for {}", shown, exact.yuan());
            if (exact.yuan() / one).fract().is_zero() {
                prop_assert!(diff.is_zero());
            }
            balance[from] -= shown.value();
            balance[to] += shown.value();
        }
        prop_assert!(balance.iter().all(Decimal::is_zero), "{:?}", balance);
        let independent = c.round(unit, decimals, TableRounding::Independent).unwrap();
        for &(flow, _, _) in &flows {
            let exact = c.exact(flow).unwrap().in_units(unit);
            prop_assert_eq!(independent.get(flow).unwrap().value(), round_half_away(exact, decimals));
        }
    }
}

#[test]
fn figures_that_do_not_balance_are_refused_with_the_node_and_both_sums() {
    let yuan = |y: i64| Amount::from_yuan(Decimal::from(y)).unwrap();
    let mut c = Circulation::new();
    let (a, b) = (c.node(), c.node());
    c.flow(a, b, yuan(100)).unwrap();
    c.flow(b, a, yuan(99)).unwrap();
    let err = c
        .round(MoneyUnit::WanYuan, 2, TableRounding::Controlled)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "node 0 receives 99.00 元 but passes on 100.00 元; the figures do not balance"
    );
    // A node of a larger circulation is unknown to a smaller one.
    let mut small = Circulation::new();
    let only = small.node();
    assert!(matches!(
        small.flow(only, b, yuan(1)),
        Err(TableRoundingError::UnknownNode { node: 1, nodes: 1 })
    ));
}

/// The income side of the Datong 2023 disclosure (公开01表) prints 1735.92 + 254.97 + 0.16
/// under a total of 1991.06 (the tail the audit reports as info). Exact 元 figures that print
/// exactly so when rounded one by one; controlled rounding moves one figure by one unit instead.
#[test]
fn seed_income_lines_print_a_tail_independently_and_none_controlled() {
    let rows = RowTree::new(vec![None, Some(0), Some(0), Some(0)]).unwrap();
    let yuan = |yuan: i64| Amount::from_yuan(Decimal::from(yuan)).unwrap();
    let leaves = vec![
        vec![yuan(17_359_249)],
        vec![yuan(2_549_749)],
        vec![yuan(1_649)],
    ];
    let table = ExactTable::new(rows, 1, leaves).unwrap();
    let independent = table
        .round(MoneyUnit::WanYuan, 2, TableRounding::Independent)
        .unwrap();
    let printed: Vec<String> = (0..4).map(|r| independent.cell(r, 0).to_string()).collect();
    assert_eq!(printed, ["1991.06", "1735.92", "254.97", "0.16"]);

    let controlled = table
        .round(MoneyUnit::WanYuan, 2, TableRounding::Controlled)
        .unwrap();
    let printed: Vec<String> = (0..4).map(|r| controlled.cell(r, 0).to_string()).collect();
    let parts: Decimal = (1..4).map(|r| controlled.cell(r, 0).value()).sum();
    assert_eq!(controlled.cell(0, 0).value(), parts, "{printed:?}");
    // Every line is one of its two adjacent units.
    assert!(
        ["1991.05", "1991.06"].contains(&printed[0].as_str()),
        "{printed:?}"
    );
    assert!(
        ["1735.92", "1735.93"].contains(&printed[1].as_str()),
        "{printed:?}"
    );
    assert!(
        ["254.97", "254.98"].contains(&printed[2].as_str()),
        "{printed:?}"
    );
    assert!(
        ["0.16", "0.17"].contains(&printed[3].as_str()),
        "{printed:?}"
    );
}

#[test]
fn malformed_tables_are_refused_with_the_place() {
    assert!(matches!(
        RowTree::new(vec![None, Some(7)]),
        Err(TableRoundingError::UnknownParent {
            row: 1,
            parent: 7,
            rows: 2
        })
    ));
    assert!(matches!(
        RowTree::new(vec![Some(0)]),
        Err(TableRoundingError::Cycle { row: 0 })
    ));
    assert!(matches!(
        RowTree::new(vec![]),
        Err(TableRoundingError::Size { what: "rows", .. })
    ));
    let rows = RowTree::new(vec![None, Some(0), Some(0)]).unwrap();
    assert!(matches!(
        ExactTable::new(rows.clone(), 2, vec![vec![Amount::ZERO; 2]]),
        Err(TableRoundingError::LeafCount {
            expected: 2,
            found: 1
        })
    ));
    assert!(matches!(
        ExactTable::new(
            rows.clone(),
            2,
            vec![vec![Amount::ZERO; 2], vec![Amount::ZERO]]
        ),
        Err(TableRoundingError::ColumnCount {
            row: 2,
            expected: 2,
            found: 1
        })
    ));
    let table = ExactTable::new(rows, 2, vec![vec![Amount::ZERO; 2]; 2]).unwrap();
    assert!(matches!(
        table.round(MoneyUnit::Yuan, 3, TableRounding::Controlled),
        Err(TableRoundingError::Money(_))
    ));
}
