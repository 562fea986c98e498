package org.travelcrm.core.tests.analysis;

/** A class contributed as an analysis by mistake: it does not implement the interface. */
public class NotAnAnalysis {
}
