package org.alliancetracker.common;

/** How much of a date a source gives: a year, a year and month, or a full day. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
