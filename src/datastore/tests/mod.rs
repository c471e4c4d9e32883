//! Tests across the datastore, and the small structure they share.

/// Two tables as 4D's structure editor writes them: [Company] (1) and [Employee] (2), with
/// Employee.employerID → Company.ID (employer / staff) and Employee.managerID → Employee.ID
/// (manager / reports).
pub const COMPANY_CATALOG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE base SYSTEM "http://www.4d.com/dtd/2007/base.dtd" >
<base name="Test" uuid="00000000000000000000000000000000" collation_locale="en">
	<schema name="DEFAULT_SCHEMA"/>
	<table name="Company" uuid="A0000000000000000000000000000000" id="1">
		<field name="ID" uuid="C0000000000000000000000000000001" type="4" unique="true" autosequence="true" not_null="true" id="1"/>
		<field name="name" uuid="C0000000000000000000000000000002" type="10" limiting_length="80" never_null="true" id="2"/>
		<field name="revenues" uuid="C0000000000000000000000000000003" type="6" never_null="true" id="3"/>
		<field name="city" uuid="C0000000000000000000000000000004" type="10" limiting_length="40" never_null="true" id="4"/>
		<primary_key field_name="ID" field_uuid="C0000000000000000000000000000001"/>
	</table>
	<table name="Employee" uuid="B0000000000000000000000000000000" id="2">
		<field name="ID" uuid="E0000000000000000000000000000001" type="4" unique="true" autosequence="true" not_null="true" id="1"/>
		<field name="lastName" uuid="E0000000000000000000000000000002" type="10" limiting_length="40" never_null="true" id="2"/>
		<field name="firstName" uuid="E0000000000000000000000000000003" type="10" limiting_length="40" never_null="true" id="3"/>
		<field name="salary" uuid="E0000000000000000000000000000004" type="6" never_null="true" id="4"/>
		<field name="birthDate" uuid="E0000000000000000000000000000005" type="8" never_null="true" id="5"/>
		<field name="employerID" uuid="E0000000000000000000000000000006" type="4" never_null="true" id="6"/>
		<field name="managerID" uuid="E0000000000000000000000000000007" type="4" id="7"/>
		<field name="notes" uuid="E0000000000000000000000000000008" type="10" never_null="true" id="8"/>
		<field name="extra" uuid="E0000000000000000000000000000009" type="21" blob_switch_size="2147483647" id="9"/>
		<field name="active" uuid="E000000000000000000000000000000A" type="1" never_null="true" id="10"/>
		<field name="badge" uuid="E000000000000000000000000000000B" type="10" limiting_length="8" unique="true" id="11"/>
		<field name="rank" uuid="E000000000000000000000000000000C" type="3" never_null="true" id="12"/>
		<field name="start" uuid="E000000000000000000000000000000D" type="9" never_null="true" id="13"/>
		<field name="photo" uuid="E000000000000000000000000000000E" type="12" id="14"/>
		<field name="doc" uuid="E000000000000000000000000000000F" type="18" id="15"/>
		<field name="big" uuid="E0000000000000000000000000000010" type="5" id="16"/>
		<field name="code" uuid="E0000000000000000000000000000011" type="10" limiting_length="4" not_null="true" id="17"/>
		<primary_key field_name="ID" field_uuid="E0000000000000000000000000000001"/>
	</table>
	<relation uuid="R0000000000000000000000000000001" name_Nto1="employer" name_1toN="staff" auto_load_Nto1="false" auto_load_1toN="false" foreign_key="false" state="1">
		<related_field kind="source">
			<field_ref uuid="E0000000000000000000000000000006" name="employerID">
				<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
			</field_ref>
		</related_field>
		<related_field kind="destination">
			<field_ref uuid="C0000000000000000000000000000001" name="ID">
				<table_ref uuid="A0000000000000000000000000000000" name="Company"/>
			</field_ref>
		</related_field>
	</relation>
	<relation uuid="R0000000000000000000000000000002" name_Nto1="manager" name_1toN="reports" auto_load_Nto1="true" auto_load_1toN="false" foreign_key="false" state="1">
		<related_field kind="source">
			<field_ref uuid="E0000000000000000000000000000007" name="managerID">
				<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
			</field_ref>
		</related_field>
		<related_field kind="destination">
			<field_ref uuid="E0000000000000000000000000000001" name="ID">
				<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
			</field_ref>
		</related_field>
	</relation>
	<index kind="regular" unique_keys="true" uuid="I0000000000000000000000000000001" type="7">
		<field_ref uuid="C0000000000000000000000000000001" name="ID">
			<table_ref uuid="A0000000000000000000000000000000" name="Company"/>
		</field_ref>
	</index>
	<index kind="regular" unique_keys="true" uuid="I0000000000000000000000000000002" type="7">
		<field_ref uuid="E0000000000000000000000000000001" name="ID">
			<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
		</field_ref>
	</index>
	<index kind="regular" uuid="I0000000000000000000000000000003" type="1">
		<field_ref uuid="E0000000000000000000000000000002" name="lastName">
			<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
		</field_ref>
	</index>
	<index kind="regular" uuid="I0000000000000000000000000000004" type="1">
		<field_ref uuid="E0000000000000000000000000000004" name="salary">
			<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
		</field_ref>
	</index>
	<index kind="regular" uuid="I0000000000000000000000000000005" type="7">
		<field_ref uuid="E0000000000000000000000000000006" name="employerID">
			<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
		</field_ref>
	</index>
	<index kind="regular" uuid="I0000000000000000000000000000006" type="1">
		<field_ref uuid="E000000000000000000000000000000B" name="badge">
			<table_ref uuid="B0000000000000000000000000000000" name="Employee"/>
		</field_ref>
	</index>
	<base_extra __stringCompHash="icu:68.1.0" __keywordBuildingHash="icu:68.1.0"/>
</base>
"#;

mod consistency;
mod cursor_props;
mod fixtures;
mod query_props;
mod writes;

use super::structure::catalog::parse;
use super::{Datastore, Datum};

/// A fresh store on [`COMPANY_CATALOG`].
pub fn company_store() -> Datastore {
    Datastore::new(parse(COMPANY_CATALOG).expect("test catalog"))
}

/// An [Employee] record: lastName, firstName, salary, employer, manager (other fields blank).
pub fn employee(
    ds: &Datastore,
    last: &str,
    first: &str,
    salary: f64,
    employer: i64,
    manager: Option<i64>,
) -> Vec<Datum> {
    let s = ds.structure().clone();
    let t = s.table_named("Employee").unwrap();
    let table = &s.tables[t];
    let mut v = ds.blank_record(t);
    let mut set = |name: &str, d: Datum| v[table.field_named(name).unwrap()] = d;
    set("lastName", Datum::text(last));
    set("firstName", Datum::text(first));
    set("salary", Datum::Real(salary));
    set("employerID", Datum::Int(employer));
    set("managerID", manager.map_or(Datum::Null, Datum::Int));
    set("code", Datum::text("X"));
    v
}
