package org.travelcrm.customers.ui.internal.list;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.Analyses;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisRequest;
import org.travelcrm.core.analysis.CustomerValues;
import org.travelcrm.customers.ui.CustomerColumnProvider;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Customer;

/**
 * A customer list column with one per-customer value of an installed analysis, such as the value
 * tier or the loyalty class, computed with the agency's analysis settings as of the default date.
 * Contributed with the analysis id and the value's column name as initialisation data:
 * {@code class="...AnalysisColumn:org.travelcrm.core.analysis.valueTier/tier"}.
 */
public final class AnalysisColumn implements CustomerColumnProvider, IExecutableExtension {

	private String analysisId;
	private String column;
	private volatile CustomerValues values = CustomerValues.NONE;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName,
			Object data) throws CoreException {
		String spec = data instanceof String text ? text : ""; //$NON-NLS-1$
		int slash = spec.indexOf('/');
		if (slash <= 0 || slash == spec.length() - 1) {
			throw new CoreException(Status.error(NLS.bind(Messages.AnalysisColumn_badData, spec)));
		}
		analysisId = spec.substring(0, slash);
		column = spec.substring(slash + 1);
	}

	@Override
	public void prepare(Agency agency, IProgressMonitor monitor) {
		AnalysisDescriptor descriptor = Analyses.installed().find(analysisId);
		if (descriptor == null) {
			values = CustomerValues.NONE;
			return;
		}
		try {
			AnalysisContext context = AnalysisContext.of(agency);
			CustomerValues computed = descriptor.createAnalysis().run(new AnalysisRequest(
					analysisId, context, descriptor.resolve(context, Map.of())), monitor)
					.customers();
			values = computed.hasColumn(column) ? computed : CustomerValues.NONE;
		} catch (OperationCanceledException e) {
			throw e;
		} catch (CoreException | RuntimeException e) {
			// One analysis that fails leaves its column empty; the list and the others go on.
			values = CustomerValues.NONE;
			ILog.of(AnalysisColumn.class).warn(NLS.bind(Messages.AnalysisColumn_failed,
					analysisId), e);
		}
	}

	@Override
	public Object value(Customer customer) {
		CustomerValues current = values;
		return current == CustomerValues.NONE ? null
				: current.get(customer.getExternalId(), column);
	}
}
