//! Second tier: the catalogs. Every code the spec prints resolves in edition 2023 to the name
//! printed there; hierarchy, coverage, user-built complete catalogs and validation.

use final_accounts::classification::{
    Catalog, CatalogProblem, CodeError, Completeness, EconomicCatalog, EconomicCode,
    EconomicScheme, FunctionCatalog, FunctionCode, Row, Source, UnitType, builtin,
};

/// 公开02/03/05/07表 of the spec: every functional code with the name printed beside it.
const SPEC_FUNCTIONAL: [(&str, &str); 19] = [
    ("208", "社会保障和就业支出"),
    ("20801", "人力资源和社会保障管理事务"),
    ("2080101", "行政运行"),
    ("2080110", "劳动关系和维权"),
    ("20805", "行政事业单位养老支出"),
    ("2080505", "机关事业单位基本养老保险缴费支出"),
    ("2080506", "机关事业单位职业年金缴费支出"),
    ("20807", "就业补助"),
    ("2080799", "其他就业补助支出"),
    ("210", "卫生健康支出"),
    ("21011", "行政事业单位医疗"),
    ("2101101", "行政单位医疗"),
    ("212", "城乡社区支出"),
    ("21208", "国有土地使用权出让收入安排的支出"),
    ("2120899", "其他国有土地使用权出让收入安排的支出"),
    ("221", "住房保障支出"),
    ("22102", "住房改革支出"),
    ("2210201", "住房公积金"),
    ("2210202", "提租补贴"),
];

/// 公开01表's expenditure 类 names whose code a cited source gives.
const SPEC_CLASSES: [(&str, &str); 21] = [
    ("201", "一般公共服务支出"),
    ("202", "外交支出"),
    ("203", "国防支出"),
    ("204", "公共安全支出"),
    ("205", "教育支出"),
    ("206", "科学技术支出"),
    ("207", "文化旅游体育与传媒支出"),
    ("208", "社会保障和就业支出"),
    ("210", "卫生健康支出"),
    ("211", "节能环保支出"),
    ("212", "城乡社区支出"),
    ("213", "农林水支出"),
    ("214", "交通运输支出"),
    ("215", "资源勘探工业信息等支出"),
    ("216", "商业服务业等支出"),
    ("217", "金融支出"),
    ("219", "援助其他地区支出"),
    ("220", "自然资源海洋气象等支出"),
    ("221", "住房保障支出"),
    ("224", "灾害防治及应急管理支出"),
    ("232", "债务付息支出"),
];

/// 公开06表 of the spec: every departmental economic 类/款 with its printed name, in printed
/// (row-major) order.
const SPEC_ECONOMIC: [(&str, &str); 109] = [
    ("301", "工资福利支出"),
    ("302", "商品和服务支出"),
    ("307", "债务利息及费用支出"),
    ("31011", "地上附着物和青苗补偿"),
    ("30101", "基本工资"),
    ("30201", "办公费"),
    ("30701", "国内债务付息"),
    ("31012", "拆迁补偿"),
    ("30102", "津贴补贴"),
    ("30202", "印刷费"),
    ("30702", "国外债务付息"),
    ("31013", "公务用车购置"),
    ("30103", "奖金"),
    ("30203", "咨询费"),
    ("30703", "国内债务发行费用"),
    ("31019", "其他交通工具购置"),
    ("30106", "伙食补助费"),
    ("30204", "手续费"),
    ("30704", "国外债务发行费用"),
    ("31021", "文物和陈列品购置"),
    ("30107", "绩效工资"),
    ("30205", "水费"),
    ("309", "资本性支出（基本建设）"),
    ("31022", "无形资产购置"),
    ("30108", "机关事业单位基本养老保险缴费"),
    ("30206", "电费"),
    ("30901", "房屋建筑物构建"),
    ("31099", "其他资本性支出"),
    ("30109", "职业年金缴费"),
    ("30207", "邮电费"),
    ("30902", "办公设备购置"),
    ("311", "对企业补助（基本建设）"),
    ("30110", "职工基本医疗保险缴费"),
    ("30208", "取暖费"),
    ("30903", "专用设备购置"),
    ("31101", "资本金注入"),
    ("30111", "公务员医疗补助缴费"),
    ("30209", "物业管理费"),
    ("30905", "基础设施建设"),
    ("31199", "其他对企业补助"),
    ("30112", "其他社会保障缴费"),
    ("30211", "差旅费"),
    ("30906", "大型修缮"),
    ("312", "对企业补助"),
    ("30113", "住房公积金"),
    ("30212", "因公出国（境）费用"),
    ("30907", "信息网络及软件购置更新"),
    ("31201", "资本金注入"),
    ("30114", "医疗费"),
    ("30213", "维修（护）费"),
    ("30908", "物资储备"),
    ("31203", "政府投资基金股权投资"),
    ("30199", "其他工资福利支出"),
    ("30214", "租赁费"),
    ("30913", "公务用车购置"),
    ("31204", "费用补贴"),
    ("303", "对个人和家庭的补助"),
    ("30215", "会议费"),
    ("30919", "其他交通工具购置"),
    ("31205", "利息补贴"),
    ("30301", "离休费"),
    ("30216", "培训费"),
    ("30921", "文物和陈列品购置"),
    ("31299", "其他对企业补助"),
    ("30302", "退休费"),
    ("30217", "公务接待费"),
    ("30922", "无形资产购置"),
    ("313", "对社会保障基金补助"),
    ("30303", "退职（役）费"),
    ("30218", "专用材料费"),
    ("30999", "其他资本性支出"),
    ("31302", "对社会保险基金补助"),
    ("30304", "抚恤金"),
    ("30224", "被装购置费"),
    ("310", "资本性支出"),
    ("31303", "补充全国社会保障基金"),
    ("30305", "生活补助"),
    ("30225", "专用燃料费"),
    ("31001", "房屋建筑物构建"),
    ("31304", "对机关事业单位职业年金的补助"),
    ("30306", "救济费"),
    ("30226", "劳务费"),
    ("31002", "办公设备购置"),
    ("399", "其他支出"),
    ("30307", "医疗费补助"),
    ("30227", "委托业务费"),
    ("31003", "专用设备购置"),
    ("39907", "国家赔偿费用支出"),
    ("30308", "助学金"),
    ("30228", "工会经费"),
    ("31005", "基础设施建设"),
    ("39908", "对民间非营利组织和群众性自治组织补贴"),
    ("30309", "奖励金"),
    ("30229", "福利费"),
    ("31006", "大型修缮"),
    ("39909", "经常性赠与"),
    ("30310", "个人农业生产补贴"),
    ("30231", "公务用车运行维护费"),
    ("31007", "信息网络及软件购置更新"),
    ("39910", "资本性赠与"),
    ("30311", "代缴社会保险费"),
    ("30239", "其他交通费用"),
    ("31008", "物资储备"),
    ("39999", "其他支出"),
    ("30399", "其他对个人和家庭的补助"),
    ("30240", "税金及附加费用"),
    ("31009", "土地补偿"),
    ("30299", "其他商品和服务支出"),
    ("31010", "安置补助"),
];

#[test]
fn every_spec_functional_code_resolves_to_its_printed_name() {
    let catalog = builtin::functional(2023).unwrap();
    for (code, name) in SPEC_FUNCTIONAL.iter().chain(&SPEC_CLASSES) {
        let entry = catalog.resolve(code).unwrap();
        assert_eq!(entry.name(), *name, "{code}");
    }
}

#[test]
fn every_spec_economic_code_resolves_to_its_printed_name() {
    let catalog = seed_economic();
    for (code, name) in SPEC_ECONOMIC {
        assert_eq!(catalog.resolve(code).unwrap().name(), name, "{code}");
    }
    // Nothing beyond what 公开06表 prints.
    assert_eq!(catalog.len(), SPEC_ECONOMIC.len());
}

#[test]
fn the_2023_edition_ships_nothing_else() {
    let catalog = builtin::functional(2023).unwrap();
    let mut expected: Vec<&str> = SPEC_FUNCTIONAL
        .iter()
        .chain(&SPEC_CLASSES)
        .map(|(c, _)| *c)
        .collect();
    expected.sort_unstable();
    expected.dedup();
    let shipped: Vec<String> = catalog.iter().map(|e| e.code().to_string()).collect();
    assert_eq!(shipped, expected); // string order is catalog order
    // The five 类 filled only by position are not shipped.
    for code in ["222", "223", "229", "231", "234"] {
        assert!(matches!(
            catalog.resolve(code),
            Err(CodeError::UnknownFunctionCode { .. })
        ));
    }
}

#[test]
fn coverage_per_edition() {
    let coverage = |c: &FunctionCatalog| {
        let v = c.coverage();
        (v.classes(), v.sections(), v.items(), v.orphans(), v.total())
    };
    let eco = |c: &EconomicCatalog| {
        let v = c.coverage();
        (v.classes(), v.sections(), v.items(), v.orphans(), v.total())
    };
    assert_eq!(
        coverage(builtin::functional(2023).unwrap()),
        (21, 6, 9, 0, 36)
    );
    assert_eq!(
        coverage(builtin::functional(2024).unwrap()),
        (24, 38, 69, 2, 131)
    );
    let dept = |y| builtin::economic(EconomicScheme::Departmental, y).unwrap();
    assert_eq!(eco(dept(2018)), (4, 80, 0, 12, 84));
    assert_eq!(eco(seed_economic()), (10, 99, 0, 0, 109));
    assert_eq!(seed_economic().edition(), 2018);
    assert_eq!(
        eco(builtin::economic(EconomicScheme::Government, 2020).unwrap()),
        (2, 11, 0, 3, 13)
    );
    for catalog in builtin::functional_catalogs() {
        assert_eq!(catalog.completeness(), Completeness::Partial);
        assert!(!catalog.title().is_empty());
    }
}

#[test]
fn built_in_data_files_parse_and_validate() {
    // The same texts the crate embeds, through the public parser: any problem is listed here.
    let functional: [(&'static str, u16); 2] = [
        (include_str!("../data/functional-2023.txt"), 2023),
        (include_str!("../data/functional-current.txt"), 2024),
    ];
    for (text, edition) in functional {
        let parsed = FunctionCatalog::parse_text(text, edition, Completeness::Partial).unwrap();
        let built = builtin::functional(edition).unwrap();
        assert_eq!(
            parsed.iter().collect::<Vec<_>>(),
            built.iter().collect::<Vec<_>>()
        );
        assert_eq!(parsed.sources(), built.sources());
        let rows = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(built.len(), rows);
        for entry in built {
            assert!(
                entry.source().and_then(|id| built.source(id)).is_some(),
                "{entry}"
            );
        }
    }
    let economic: [(&'static str, EconomicScheme, u16); 3] = [
        (
            include_str!("../data/economic-departmental-2018.txt"),
            EconomicScheme::Departmental,
            2018,
        ),
        (
            include_str!("../data/economic-departmental-2023.txt"),
            EconomicScheme::Departmental,
            2018,
        ),
        (
            include_str!("../data/economic-government-2020.txt"),
            EconomicScheme::Government,
            2020,
        ),
    ];
    for (text, scheme, edition) in economic {
        let parsed = EconomicCatalog::parse_text(text, edition, Completeness::Partial).unwrap();
        let parsed_rows = parsed.len();
        let built = builtin::economic_catalogs(scheme)
            .iter()
            .find(|c| c.edition() == edition && c.len() == parsed_rows)
            .unwrap();
        assert_eq!(
            parsed.iter().collect::<Vec<_>>(),
            built.iter().collect::<Vec<_>>()
        );
        let rows = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(built.len(), rows);
        for entry in built {
            assert_eq!(entry.code().scheme(), scheme, "{entry}");
            assert!(
                entry.source().and_then(|id| built.source(id)).is_some(),
                "{entry}"
            );
        }
    }
    let mapping = include_str!("../data/economic-mapping.txt");
    let rows = mapping
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count();
    assert_eq!(builtin::mappings().len(), rows);
    assert_eq!(rows, 40);
}

#[test]
fn the_current_edition_matches_its_csv_rows() {
    let catalog = builtin::functional(2024).unwrap();
    assert_eq!(
        catalog.resolve("2080505").unwrap().name(),
        "机关事业单位基本养老保险缴费支出"
    );
    assert_eq!(
        catalog.resolve("21208").unwrap().name(),
        "国有土地使用权出让收入安排的支出"
    );
    assert_eq!(catalog.resolve("233").unwrap().name(), "债务发行费用支出");
    let orphans: Vec<String> = catalog
        .iter()
        .filter(|e| e.is_orphan())
        .map(|e| e.code().to_string())
        .collect();
    assert_eq!(orphans, ["2010101", "2040705"]);
    let gov = builtin::economic(EconomicScheme::Government, 2020).unwrap();
    let orphans: Vec<String> = gov
        .iter()
        .filter(|e| e.is_orphan())
        .map(|e| e.code().to_string())
        .collect();
    assert_eq!(orphans, ["50501", "50502", "50905"]);
}

#[test]
fn newest_edition_first() {
    let (catalog, entry) = builtin::find_functional("2080505".parse().unwrap()).unwrap();
    assert_eq!(
        (catalog.edition(), entry.name()),
        (2024, "机关事业单位基本养老保险缴费支出")
    );
    // Only 2023 prints 20801.
    let (catalog, _) = builtin::find_functional("2080101".parse().unwrap()).unwrap();
    assert_eq!(catalog.edition(), 2023);
    // Names differ by source: the 2023 document prints 构建, the 2018 template 购建; both are
    // catalogs of the 2018 scheme, the last shipped (the document's) found first.
    let code: EconomicCode = "30901".parse().unwrap();
    let (catalog, entry) = builtin::find_economic(code).unwrap();
    assert_eq!((catalog.edition(), entry.name()), (2018, "房屋建筑物构建"));
    assert!(catalog.transcribed_from().is_some());
    let older = builtin::economic(EconomicScheme::Departmental, 2018).unwrap();
    assert_eq!(older.get(&code).unwrap().name(), "房屋建筑物购建");
    assert!(builtin::find_functional("2089901".parse().unwrap()).is_none());
}

#[test]
fn hierarchy_children_lineage_and_names() {
    let catalog = builtin::functional(2023).unwrap();
    let code = |s: &str| s.parse::<FunctionCode>().unwrap();
    let children = |s: &str| -> Vec<String> {
        catalog
            .children(&code(s))
            .map(|e| e.code().to_string())
            .collect()
    };
    assert_eq!(children("208"), ["20801", "20805", "20807"]);
    assert_eq!(children("20801"), ["2080101", "2080110"]);
    assert_eq!(children("2080101"), Vec::<String>::new());
    assert_eq!(children("201"), Vec::<String>::new());
    // Every entry's parent is listed (no orphans in 2023), and children are consistent.
    for entry in catalog {
        if let Some(parent) = entry.code().parent() {
            assert!(catalog.contains(&parent), "{entry}");
            assert!(catalog.children(&parent).any(|c| c == entry));
        }
    }
    let lineage: Vec<String> = catalog
        .lineage(&code("2210202"))
        .map(|(c, e)| format!("{c} {}", e.unwrap().name()))
        .collect();
    assert_eq!(lineage, ["22102 住房改革支出", "221 住房保障支出"]);

    // A name shared by several codes returns them all, in code order.
    let current = builtin::functional(2024).unwrap();
    let codes: Vec<String> = current
        .by_name("行政运行")
        .map(|e| e.code().to_string())
        .collect();
    assert_eq!(
        codes,
        [
            "2010101", "2010301", "2010601", "2011301", "2013901", "2040601", "2120101"
        ]
    );
    assert_eq!(current.by_name("不存在").count(), 0);
    // Orphans are children of their absent parent only.
    let orphan_children: Vec<String> = current
        .children(&code("20101"))
        .map(|e| e.code().to_string())
        .collect();
    assert_eq!(orphan_children, ["2010101"]);
    // Iteration is in code order.
    let codes: Vec<FunctionCode> = current.iter().map(|e| e.code()).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_user_built_complete_catalog() {
    let rows = vec![
        ("208".to_owned(), "社会保障和就业支出".to_owned()),
        ("20801".to_owned(), "人力资源和社会保障管理事务".to_owned()),
        ("2080101".to_owned(), "行政运行".to_owned()),
        ("2080110".to_owned(), "劳动关系和维权".to_owned()),
    ];
    let catalog = FunctionCatalog::from_rows(2023, Completeness::Complete, rows).unwrap();
    assert!(catalog.is_complete());
    assert_eq!(catalog.edition(), 2023);
    assert_eq!(catalog.coverage().total(), 4);
    assert_eq!(catalog.resolve("2080110").unwrap().name(), "劳动关系和维权");
    assert_eq!(
        catalog.resolve("2080102").unwrap_err().to_string(),
        "functional code \"2080102\" is not in the complete catalog of edition 2023"
    );
    // Rows in any order; the catalog sorts them.
    let shuffled = FunctionCatalog::from_rows(
        2023,
        Completeness::Complete,
        [
            ("2080101", "行政运行"),
            ("208", "社会保障和就业支出"),
            ("20801", "人力资源和社会保障管理事务"),
        ],
    )
    .unwrap();
    assert_eq!(shuffled.iter().next().unwrap().code().to_string(), "208");

    let economic = EconomicCatalog::builder(2024, Completeness::Complete)
        .source(Source::new("gov", "财政部《2024年政府收支分类科目》"))
        .row(Row::new("302", "商品和服务支出").cited("gov"))
        .row(Row::new("30217", "公务接待费").cited("gov"))
        .build()
        .unwrap();
    assert_eq!(
        economic.source("gov").unwrap().citation(),
        "财政部《2024年政府收支分类科目》"
    );
    assert!(matches!(
        economic.resolve("30299"),
        Err(CodeError::UnknownEconomicCode { .. })
    ));
}

#[test]
fn validation_lists_every_problem_at_once() {
    let err = FunctionCatalog::builder(2024, Completeness::Complete)
        .source(Source::new("s", "a source"))
        .row(Row::new("208", "社会保障和就业支出")) // 1 ok
        .row(Row::new("2080505", "机关事业单位基本养老保险缴费支出")) // 2 no 款 20805
        .row(Row::new("208", "社会保障和就业支出")) // 3 duplicate of 1
        .row(Row::new("210", "")) // 4 empty name
        .row(Row::new("21011", "行政事业单位 医疗")) // 5 whitespace
        .row(Row::new("2101101", " 行政单位医疗")) // 6 whitespace
        .row(Row::new("30101", "基本工资")) // 7 not functional
        .row(Row::new("2210201", "住房公积金").orphaned()) // 8 orphan in a complete catalog
        .row(Row::new("221", "住房保障支出").orphaned()) // 9 a 类 cannot be orphaned
        .row(Row::new("212", "城乡社区支出").cited("t")) // 10 unknown source
        .row(Row::new("21208", "国有土地使用权出让收入安排的支出").orphaned()) // 11 parent present
        .build()
        .unwrap_err();
    assert_eq!(err.edition(), 2024);
    let rows: Vec<usize> = err.problems().iter().map(CatalogProblem::row).collect();
    assert_eq!(rows, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    let p = err.problems();
    assert!(
        matches!(&p[0], CatalogProblem::MissingParent { code, parent, .. } if code == "2080505" && parent == "20805")
    );
    assert!(matches!(
        &p[1],
        CatalogProblem::DuplicateCode { first_row: 1, .. }
    ));
    assert!(matches!(&p[2], CatalogProblem::EmptyName { .. }));
    assert!(matches!(&p[3], CatalogProblem::StrayWhitespace { .. }));
    assert!(matches!(&p[4], CatalogProblem::StrayWhitespace { .. }));
    assert!(matches!(
        &p[5],
        CatalogProblem::MalformedCode {
            error: CodeError::WrongLeadingDigit { .. },
            ..
        }
    ));
    assert!(matches!(
        &p[6],
        CatalogProblem::OrphanInCompleteCatalog { .. }
    ));
    assert!(matches!(&p[7], CatalogProblem::NeedlessOrphan { .. }));
    assert!(matches!(&p[8], CatalogProblem::UnknownSource { .. }));
    assert!(matches!(&p[9], CatalogProblem::NeedlessOrphan { .. }));
    assert!(
        err.to_string()
            .starts_with("catalog of edition 2024 has 10 problems: row 2: ")
    );

    // The same orphan is fine in a partial catalog, declared by its source.
    let ok = FunctionCatalog::builder(2024, Completeness::Partial)
        .row(Row::new("221", "住房保障支出"))
        .row(Row::new("2210201", "住房公积金").orphaned())
        .build()
        .unwrap();
    assert_eq!(ok.coverage().orphans(), 1);
}

#[test]
fn text_problems_are_located_by_line() {
    let text = "# header\n208|社会保障和就业支出||\n20801|人力资源和社会保障管理事务\n2080101|行政运行|orphaned|\n2089999|其他社会保障和就业支出||\n";
    let err = FunctionCatalog::parse_text(text, 2024, Completeness::Partial).unwrap_err();
    let rows: Vec<usize> = err.problems().iter().map(CatalogProblem::row).collect();
    assert_eq!(rows, [3, 4, 5]);
    assert!(matches!(
        err.problems()[0],
        CatalogProblem::MalformedLine { .. }
    ));
    assert!(matches!(
        err.problems()[2],
        CatalogProblem::MissingParent { .. }
    ));
    // Owned text works too.
    let owned = String::from("208|社会保障和就业支出||\n");
    assert_eq!(
        FunctionCatalog::parse_text(owned, 2024, Completeness::Partial)
            .unwrap()
            .len(),
        1
    );
}

/// Each mapping source is described as shared/data describes it: the 2026 salary-quota rows come
/// from a page the source calls a simulation.
#[test]
fn mapping_sources_are_described_as_their_source_describes_itself() {
    let simulated: Vec<_> = builtin::mappings()
        .iter()
        .filter(|row| row.source() == "salary-quota-2026")
        .map(|row| row.departmental().to_string())
        .collect();
    assert_eq!(
        simulated,
        [
            "30101", "30102", "30107", "30108", "30110", "30112", "30113", "30228", "30302"
        ]
    );
    let citation = builtin::mapping_sources()
        .iter()
        .find(|s| s.id() == "salary-quota-2026")
        .unwrap()
        .citation();
    assert!(citation.contains("simulation"), "{citation}");
}

#[test]
fn mapping_by_unit_type() {
    let code = |s: &str| s.parse::<EconomicCode>().unwrap();
    assert_eq!(
        builtin::government_code(code("30215"), UnitType::Administrative),
        Some(code("50202"))
    );
    assert_eq!(
        builtin::government_code(code("30228"), UnitType::PublicInstitution),
        Some(code("50502"))
    );
    assert_eq!(
        builtin::government_code(code("30302"), UnitType::PublicInstitution),
        Some(code("50905"))
    );
    assert_eq!(
        builtin::government_code(code("30302"), UnitType::Administrative),
        None
    );
    let dept = builtin::economic(EconomicScheme::Departmental, 2018).unwrap();
    let gov = builtin::economic(EconomicScheme::Government, 2020).unwrap();
    for row in builtin::mappings() {
        // Both sides are catalog entries with the names the mapping source prints.
        assert_eq!(
            dept.get(&row.departmental()).unwrap().name(),
            row.departmental_name()
        );
        assert_eq!(
            gov.get(&row.government()).unwrap().name(),
            row.government_name()
        );
        assert!(
            builtin::mapping_sources()
                .iter()
                .any(|s| s.id() == row.source())
        );
        // Attested rows never disagree.
        assert_eq!(
            builtin::government_code(row.departmental(), row.unit_type()),
            Some(row.government())
        );
        // 机关 rows go to 501/502, 事业单位 rows to 505/509.
        let class = row.government().class().to_string();
        match row.unit_type() {
            UnitType::Administrative => assert!(class == "501" || class == "502", "{class}"),
            UnitType::PublicInstitution => assert!(class == "505" || class == "509", "{class}"),
        }
    }
}

#[test]
fn catalog_is_generic_over_the_code() {
    fn count<C: final_accounts::classification::CatalogCode>(catalog: &Catalog<C>) -> usize {
        catalog.iter().filter(|e| e.code().depth() == 0).count()
    }
    assert_eq!(count(builtin::functional(2023).unwrap()), 21);
    assert_eq!(count(seed_economic()), 10);
}

/// The departmental economic catalog transcribed from the spec (edition 2018, the scheme in
/// force in 2023, as the spec prints it).
fn seed_economic() -> &'static EconomicCatalog {
    builtin::economic_catalogs(EconomicScheme::Departmental)
        .iter()
        .find(|c| c.transcribed_from().is_some())
        .unwrap()
}
