// i18n is a leaf: its maps spell out the keys of the core's unions instead of importing
// them. This module, which nothing imports, makes any drift a type error: a key the core
// adds and the French words lack, or a key the French words keep after the core dropped it.
import type { GapReason, Severity, YearStatus } from '../domain/report';
import type { AxisType, PartnerRole, ActionStatus, SchemaRule } from '../domain/schema';
import type { ImportItemKind } from '../import/result';
import type { MoneyRefusal } from '../domain/money';
import { YEAR_STATUS_LABEL, STATUS_ICON, MONEY_REFUSAL, SCHEMA_RULE_MESSAGE, SEVERITY_WORD, SEVERITY_ICON, GAP_REASON } from '../../i18n/fr-domain';
import { SUMMARY_STATUS } from '../../i18n/fr-summary';
import { ITEM_KIND_LABEL } from '../../i18n/fr-import';
import { ROLE_LABEL, AXIS_TYPE_LABEL, ACTION_STATUS_LABEL } from '../../i18n/fr-workbook';

/** `exactly<K>()(map)` compiles only when map has every key of K and no other. */
export const exactly =
  <K extends PropertyKey>() =>
  <M extends Record<K, unknown>>(map: M & Record<Exclude<keyof M, K>, never>): M =>
    map;

exactly<YearStatus>()(YEAR_STATUS_LABEL);
exactly<YearStatus>()(STATUS_ICON);
exactly<YearStatus>()(SUMMARY_STATUS);
exactly<MoneyRefusal>()(MONEY_REFUSAL);
exactly<SchemaRule>()(SCHEMA_RULE_MESSAGE);
exactly<Severity>()(SEVERITY_WORD);
exactly<Severity>()(SEVERITY_ICON);
exactly<GapReason>()(GAP_REASON);
exactly<ImportItemKind>()(ITEM_KIND_LABEL);
exactly<PartnerRole>()(ROLE_LABEL);
exactly<AxisType>()(AXIS_TYPE_LABEL);
exactly<ActionStatus>()(ACTION_STATUS_LABEL);
