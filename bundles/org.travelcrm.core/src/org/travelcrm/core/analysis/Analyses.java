package org.travelcrm.core.analysis;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.travelcrm.core.internal.analysis.AnalysisRegistryReader;
import org.travelcrm.core.internal.analysis.BuiltInAnalyses;

/** Where to find analyses: the installed ones, or the built-in ones without any registry. */
public final class Analyses {

	private static AnalysisCatalog installed;

	private Analyses() {
	}

	/**
	 * The built-in analyses, created directly without the extension registry: for programs
	 * that run the core outside OSGi.
	 */
	public static AnalysisCatalog builtIn() {
		return BuiltInAnalyses.CATALOG;
	}

	/**
	 * Every analysis contributed to the extension point {@code org.travelcrm.core.analyses},
	 * following bundles installed and removed while the program runs; the built-in analyses
	 * when there is no extension registry.
	 */
	public static synchronized AnalysisCatalog installed() {
		if (installed == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			installed = registry == null ? builtIn() : AnalysisRegistryReader.open(registry);
		}
		return installed;
	}
}
