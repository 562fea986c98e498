package org.travelcrm.core.analysis;

import java.time.Instant;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.Agency;
import org.travelcrm.model.AnalysisSnapshot;
import org.travelcrm.model.CrmFactory;

/**
 * Saved analysis results: a snapshot records the analysis id, the parameter values, the
 * as-of date, the fingerprint of the data, the time it was taken and the result as canonical
 * JSON ({@link ResultJson}). Recomputing a snapshot on unchanged data gives the same JSON.
 * <p>
 * Snapshots are created detached; the caller adds them to {@link Agency#getSnapshots()} (in
 * the workbench, with a command on the editing domain).
 */
public final class AnalysisSnapshots {

	private static final String PLUGIN_ID = "org.travelcrm.core"; //$NON-NLS-1$

	private AnalysisSnapshots() {
	}

	/** A detached snapshot of a result computed on data with this fingerprint. */
	public static AnalysisSnapshot create(AnalysisResult result, String dataFingerprint,
			Instant takenAt) {
		AnalysisSnapshot snapshot = CrmFactory.eINSTANCE.createAnalysisSnapshot();
		snapshot.setAnalysisId(result.analysisId());
		snapshot.setAsOf(result.asOf());
		snapshot.getParameters().putAll(result.parameters());
		snapshot.setDataFingerprint(dataFingerprint);
		snapshot.setTakenAt(takenAt);
		snapshot.setResult(ResultJson.write(result));
		return snapshot;
	}

	/** Whether the agency's data is still the data the snapshot was computed on. */
	public static boolean isCurrent(AnalysisSnapshot snapshot, Agency agency) {
		return DataFingerprint.of(agency).equals(snapshot.getDataFingerprint());
	}

	/**
	 * Runs the snapshot's analysis again with its parameters and as-of date.
	 *
	 * @throws CoreException when the analysis is not installed or cannot be created
	 */
	public static AnalysisResult recompute(AnalysisSnapshot snapshot, Agency agency,
			AnalysisCatalog catalog, IProgressMonitor monitor) throws CoreException {
		AnalysisDescriptor descriptor = catalog.find(snapshot.getAnalysisId());
		if (descriptor == null) {
			throw new CoreException(new Status(IStatus.ERROR, PLUGIN_ID,
					NLS.bind(Messages.Snapshot_unknownAnalysis, snapshot.getAnalysisId())));
		}
		AnalysisContext context = AnalysisContext.of(agency, snapshot.getAsOf());
		return descriptor.run(context, Map.copyOf(snapshot.getParameters().map()), monitor);
	}

	/**
	 * Whether recomputing the snapshot gives exactly the stored result.
	 *
	 * @throws CoreException when the analysis is not installed or cannot be created
	 */
	public static boolean reproduces(AnalysisSnapshot snapshot, Agency agency,
			AnalysisCatalog catalog, IProgressMonitor monitor) throws CoreException {
		AnalysisResult result = recompute(snapshot, agency, catalog, monitor);
		return ResultJson.write(result).equals(snapshot.getResult());
	}
}
