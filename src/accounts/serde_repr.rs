//! The JSON form of [`Accounts`](super::Accounts): every value goes through
//! [`Accounts::new`](super::Accounts::new) and its validation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    Accounts, AccountsError, Comparatives, ItemAccounts, Nature, Pool, ProjectAccounts,
    RelatedAccounts, Source, ThreePublicAccounts, ThreePublicAmounts, ThreePublicDetails,
};
use crate::classification::{EconomicCode, FunctionCode};
use crate::money::Amount;
use crate::narrative::FigureRef;
use crate::tables::{Fund, VehicleCategory};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum PoolKey {
    GeneralBudget,
    GovernmentFund,
    StateCapital,
    NonFiscal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum SourceKey {
    Appropriation,
    SuperiorSubsidy,
    InstitutionRevenue,
    BusinessRevenue,
    AffiliatedRemittance,
    OtherRevenue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum NatureKey {
    Basic,
    Project,
    RemittanceToSuperior,
    Business,
    SubsidyToAffiliates,
}

const NATURES: [(NatureKey, Nature); 5] = [
    (NatureKey::Basic, Nature::Basic),
    (NatureKey::Project, Nature::Project),
    (
        NatureKey::RemittanceToSuperior,
        Nature::RemittanceToSuperior,
    ),
    (NatureKey::Business, Nature::Business),
    (NatureKey::SubsidyToAffiliates, Nature::SubsidyToAffiliates),
];

fn pool_of(key: PoolKey) -> Pool {
    match key {
        PoolKey::GeneralBudget => Pool::Appropriation(Fund::GeneralBudget),
        PoolKey::GovernmentFund => Pool::Appropriation(Fund::GovernmentFund),
        PoolKey::StateCapital => Pool::Appropriation(Fund::StateCapital),
        PoolKey::NonFiscal => Pool::NonFiscal,
    }
}

fn key_of_pool(pool: Pool) -> PoolKey {
    match pool {
        Pool::Appropriation(Fund::GeneralBudget) => PoolKey::GeneralBudget,
        Pool::Appropriation(Fund::GovernmentFund) => PoolKey::GovernmentFund,
        Pool::Appropriation(Fund::StateCapital) => PoolKey::StateCapital,
        Pool::NonFiscal => PoolKey::NonFiscal,
    }
}

/// A source read in a pool: `appropriation` is the pool's own fund.
fn source_of(key: SourceKey, pool: Pool) -> Source {
    match (key, pool) {
        (SourceKey::Appropriation, Pool::Appropriation(fund)) => Source::Appropriation(fund),
        // Non-fiscal money has no appropriation: kept so that `Accounts::new` names the slip.
        (SourceKey::Appropriation, Pool::NonFiscal) => Source::Appropriation(Fund::GeneralBudget),
        (SourceKey::SuperiorSubsidy, _) => Source::SuperiorSubsidy,
        (SourceKey::InstitutionRevenue, _) => Source::InstitutionRevenue,
        (SourceKey::BusinessRevenue, _) => Source::BusinessRevenue,
        (SourceKey::AffiliatedRemittance, _) => Source::AffiliatedRemittance,
        (SourceKey::OtherRevenue, _) => Source::OtherRevenue,
    }
}

fn key_of_source(source: Source) -> SourceKey {
    match source {
        Source::Appropriation(_) => SourceKey::Appropriation,
        Source::SuperiorSubsidy => SourceKey::SuperiorSubsidy,
        Source::InstitutionRevenue => SourceKey::InstitutionRevenue,
        Source::BusinessRevenue => SourceKey::BusinessRevenue,
        Source::AffiliatedRemittance => SourceKey::AffiliatedRemittance,
        Source::OtherRevenue => SourceKey::OtherRevenue,
    }
}

fn is_zero(amount: &Amount) -> bool {
    amount.is_zero()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemRepr {
    item: FunctionCode,
    pool: PoolKey,
    #[serde(default, skip_serializing_if = "is_zero")]
    opening: Amount,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    income: BTreeMap<SourceKey, Amount>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    spending: BTreeMap<NatureKey, Amount>,
    #[serde(default, skip_serializing_if = "is_zero")]
    closing: Amount,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AmountsRepr {
    #[serde(default)]
    overseas: Amount,
    #[serde(default)]
    vehicle_purchase: Amount,
    #[serde(default)]
    vehicle_operation: Amount,
    #[serde(default)]
    reception: Amount,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThreePublicRepr {
    #[serde(default)]
    budget: AmountsRepr,
    #[serde(default)]
    actual: AmountsRepr,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RelatedRepr {
    #[serde(default)]
    procurement_goods: Amount,
    #[serde(default)]
    procurement_works: Amount,
    #[serde(default)]
    procurement_services: Amount,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    running_costs_administrative: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    running_costs_civil_service: Option<Amount>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    vehicles: Vec<(VehicleCategory, u32)>,
    #[serde(default)]
    equipment: u32,
}

/// The JSON form of [`ThreePublicDetails`].
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailsRepr {
    #[serde(default)]
    overseas_groups: u32,
    #[serde(default)]
    overseas_person_times: u32,
    #[serde(default)]
    vehicles_purchased: u32,
    #[serde(default)]
    vehicles_funded: u32,
    #[serde(default)]
    reception_batches: u32,
    #[serde(default)]
    reception_person_times: u32,
}

impl From<DetailsRepr> for ThreePublicDetails {
    fn from(r: DetailsRepr) -> Self {
        ThreePublicDetails {
            overseas_groups: r.overseas_groups,
            overseas_person_times: r.overseas_person_times,
            vehicles_purchased: r.vehicles_purchased,
            vehicles_funded: r.vehicles_funded,
            reception_batches: r.reception_batches,
            reception_person_times: r.reception_person_times,
        }
    }
}

impl From<ThreePublicDetails> for DetailsRepr {
    fn from(d: ThreePublicDetails) -> Self {
        DetailsRepr {
            overseas_groups: d.overseas_groups,
            overseas_person_times: d.overseas_person_times,
            vehicles_purchased: d.vehicles_purchased,
            vehicles_funded: d.vehicles_funded,
            reception_batches: d.reception_batches,
            reception_person_times: d.reception_person_times,
        }
    }
}

/// The JSON form of [`Accounts`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AccountsRepr {
    unit: String,
    year: u16,
    items: Vec<ItemRepr>,
    #[serde(default)]
    basic_detail: Vec<(EconomicCode, Amount)>,
    #[serde(default)]
    three_public: ThreePublicRepr,
    #[serde(default)]
    related: RelatedRepr,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    projects: Vec<ProjectAccounts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    three_public_details: Option<DetailsRepr>,
    #[serde(default, skip_serializing_if = "ComparativesRepr::is_empty")]
    comparatives: ComparativesRepr,
}

/// The JSON form of [`Comparatives`]: pairs of figure and amount in 元, pairs of section and
/// reason; read through the checked builder.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ComparativesRepr {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    prior_year: Vec<(FigureRef, Amount)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    initial_budget: Vec<(FigureRef, Amount)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    reasons: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    purposes: Vec<(FigureRef, String)>,
}

impl ComparativesRepr {
    fn is_empty(&self) -> bool {
        self.prior_year.is_empty()
            && self.initial_budget.is_empty()
            && self.reasons.is_empty()
            && self.purposes.is_empty()
    }
}

impl TryFrom<ComparativesRepr> for Comparatives {
    type Error = AccountsError;

    fn try_from(repr: ComparativesRepr) -> Result<Self, Self::Error> {
        let mut c = Comparatives::new();
        for (figure, amount) in repr.prior_year {
            c = c.prior_year(figure, amount)?;
        }
        for (figure, amount) in repr.initial_budget {
            c = c.initial_budget(figure, amount)?;
        }
        for (section, reason) in repr.reasons {
            c = c.reason(&section, &reason)?;
        }
        for (figure, text) in repr.purposes {
            c = c.purpose(figure, &text)?;
        }
        Ok(c)
    }
}

impl From<&Comparatives> for ComparativesRepr {
    fn from(c: &Comparatives) -> Self {
        ComparativesRepr {
            prior_year: c.prior_years().to_vec(),
            initial_budget: c.initial_budgets().to_vec(),
            reasons: c.reasons().to_vec(),
            purposes: c.purposes().to_vec(),
        }
    }
}

fn amounts(repr: AmountsRepr) -> ThreePublicAmounts {
    ThreePublicAmounts {
        overseas: repr.overseas,
        vehicle_purchase: repr.vehicle_purchase,
        vehicle_operation: repr.vehicle_operation,
        reception: repr.reception,
    }
}

fn amounts_repr(amounts: ThreePublicAmounts) -> AmountsRepr {
    AmountsRepr {
        overseas: amounts.overseas,
        vehicle_purchase: amounts.vehicle_purchase,
        vehicle_operation: amounts.vehicle_operation,
        reception: amounts.reception,
    }
}

impl TryFrom<AccountsRepr> for Accounts {
    type Error = AccountsError;

    fn try_from(repr: AccountsRepr) -> Result<Self, Self::Error> {
        let comparatives = Comparatives::try_from(repr.comparatives)?;
        let items = repr
            .items
            .into_iter()
            .map(|item| {
                let pool = pool_of(item.pool);
                let mut accounts = ItemAccounts::new(item.item, pool)
                    .opening(item.opening)
                    .closing(item.closing);
                for (key, amount) in item.income {
                    accounts = accounts.income(source_of(key, pool), amount);
                }
                for (key, amount) in item.spending {
                    let nature = NATURES
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map_or(Nature::Basic, |(_, n)| *n);
                    accounts = accounts.spending(nature, amount);
                }
                accounts
            })
            .collect();
        let related = RelatedAccounts {
            procurement_goods: repr.related.procurement_goods,
            procurement_works: repr.related.procurement_works,
            procurement_services: repr.related.procurement_services,
            running_costs_administrative: repr.related.running_costs_administrative,
            running_costs_civil_service: repr.related.running_costs_civil_service,
            vehicles: repr.related.vehicles,
            equipment: repr.related.equipment,
        };
        Accounts::new(repr.unit, repr.year, items, repr.basic_detail)?
            .with_three_public(ThreePublicAccounts {
                budget: amounts(repr.three_public.budget),
                actual: amounts(repr.three_public.actual),
            })?
            .with_related(related)?
            .with_projects(repr.projects)
            .map(|a| a.with_comparatives(comparatives))
            .and_then(|a| match repr.three_public_details {
                Some(details) => a.with_three_public_details(details.into()),
                None => Ok(a),
            })
    }
}

impl From<Accounts> for AccountsRepr {
    fn from(accounts: Accounts) -> Self {
        let items = accounts
            .items
            .into_iter()
            .map(|item| {
                let mut income = BTreeMap::new();
                for (source, amount) in &item.income {
                    let slot = income.entry(key_of_source(*source)).or_insert(Amount::ZERO);
                    *slot = slot.checked_add(*amount).unwrap_or(*slot);
                }
                let mut spending = BTreeMap::new();
                for (nature, amount) in &item.spending {
                    let key = NATURES
                        .iter()
                        .find(|(_, n)| n == nature)
                        .map_or(NatureKey::Basic, |(k, _)| *k);
                    let slot = spending.entry(key).or_insert(Amount::ZERO);
                    *slot = slot.checked_add(*amount).unwrap_or(*slot);
                }
                ItemRepr {
                    item: item.item,
                    pool: key_of_pool(item.pool),
                    opening: item.opening,
                    income,
                    spending,
                    closing: item.closing,
                }
            })
            .collect();
        let related = accounts.related;
        let comparatives = ComparativesRepr::from(&accounts.comparatives);
        AccountsRepr {
            comparatives,
            unit: accounts.unit,
            year: accounts.year,
            items,
            basic_detail: accounts.basic_detail,
            three_public: ThreePublicRepr {
                budget: amounts_repr(accounts.three_public.budget),
                actual: amounts_repr(accounts.three_public.actual),
            },
            related: RelatedRepr {
                procurement_goods: related.procurement_goods,
                procurement_works: related.procurement_works,
                procurement_services: related.procurement_services,
                running_costs_administrative: related.running_costs_administrative,
                running_costs_civil_service: related.running_costs_civil_service,
                vehicles: related.vehicles,
                equipment: related.equipment,
            },
            projects: accounts.projects,
            three_public_details: accounts.three_public_details.map(DetailsRepr::from),
        }
    }
}
