package org.travelcrm.core.analysis;

import java.util.List;

/** The analyses that can be run, by id. */
public interface AnalysisCatalog {

	/** The known analyses, in a stable order. */
	List<AnalysisDescriptor> analyses();

	/** The analysis with this id, or {@code null}. */
	default AnalysisDescriptor find(String id) {
		for (AnalysisDescriptor descriptor : analyses()) {
			if (descriptor.id().equals(id)) {
				return descriptor;
			}
		}
		return null;
	}
}
