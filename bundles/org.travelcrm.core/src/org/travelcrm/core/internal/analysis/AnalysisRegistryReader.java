package org.travelcrm.core.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.Analysis;
import org.travelcrm.core.analysis.AnalysisCatalog;
import org.travelcrm.core.analysis.AnalysisDescriptor;
import org.travelcrm.core.analysis.AnalysisParameter;
import org.travelcrm.core.analysis.ParameterType;

/**
 * Reads the analyses contributed to {@code org.travelcrm.core.analyses} and follows
 * contributions added and removed while the program runs.
 * <p>
 * Reading a contribution never loads its class: a descriptor creates the analysis on demand.
 * A broken contribution (a missing attribute, a bad parameter, a duplicate id, a class that
 * cannot be created or is no {@link Analysis}) is logged as an error carrying the
 * contributor's id, and the other contributions go on working.
 */
public final class AnalysisRegistryReader implements AnalysisCatalog, IRegistryEventListener {

	/** The id of the extension point. */
	public static final String EXTENSION_POINT = "org.travelcrm.core.analyses"; //$NON-NLS-1$

	private static final String ANALYSIS = "analysis"; //$NON-NLS-1$
	private static final String PARAMETER = "parameter"; //$NON-NLS-1$
	private static final String ID = "id"; //$NON-NLS-1$
	private static final String NAME = "name"; //$NON-NLS-1$
	private static final String CATEGORY = "category"; //$NON-NLS-1$
	private static final String DESCRIPTION = "description"; //$NON-NLS-1$
	private static final String CLASS = "class"; //$NON-NLS-1$
	private static final String TYPE = "type"; //$NON-NLS-1$
	private static final String DEFAULT = "default"; //$NON-NLS-1$
	private static final String CHOICES = "choices"; //$NON-NLS-1$

	private final IExtensionRegistry registry;
	private final Consumer<IStatus> log;
	private final Map<IExtension, List<AnalysisDescriptor>> byExtension = new LinkedHashMap<>();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

	/**
	 * Reads the contributions of a registry and starts following it.
	 *
	 * @param log where broken contributions are reported
	 */
	public AnalysisRegistryReader(IExtensionRegistry registry, Consumer<IStatus> log) {
		this.registry = registry;
		this.log = log;
		registry.addListener(this, EXTENSION_POINT);
		IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
		if (point != null) {
			added(point.getExtensions());
		}
	}

	/** A reader of a registry that logs to the platform log. */
	public static AnalysisRegistryReader open(IExtensionRegistry registry) {
		ILog platformLog = ILog.of(AnalysisRegistryReader.class);
		return new AnalysisRegistryReader(registry, platformLog::log);
	}

	/** Stops following the registry. */
	public void dispose() {
		registry.removeListener(this);
	}

	/** Runs the listener whenever contributions were added or removed. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	@Override
	public List<AnalysisDescriptor> analyses() {
		List<AnalysisDescriptor> all = new ArrayList<>();
		synchronized (byExtension) {
			byExtension.values().forEach(all::addAll);
		}
		return all;
	}

	/**
	 * Creates the analysis of a descriptor, or logs why it cannot be created.
	 *
	 * @return the analysis, or {@code null} after logging the reason
	 */
	public Analysis create(AnalysisDescriptor descriptor) {
		try {
			return descriptor.createAnalysis();
		} catch (CoreException e) {
			log.accept(e.getStatus());
		}
		return null;
	}

	@Override
	public void added(IExtension[] extensions) {
		for (IExtension extension : extensions) {
			List<AnalysisDescriptor> read = read(extension);
			synchronized (byExtension) {
				byExtension.put(extension, read);
			}
		}
		changeListeners.forEach(Runnable::run);
	}

	@Override
	public void removed(IExtension[] extensions) {
		synchronized (byExtension) {
			Arrays.asList(extensions).forEach(byExtension::remove);
		}
		changeListeners.forEach(Runnable::run);
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// Only contributions to the extension point matter; the point itself is the core's.
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// As above.
	}

	private List<AnalysisDescriptor> read(IExtension extension) {
		String contributor = extension.getContributor().getName();
		List<AnalysisDescriptor> read = new ArrayList<>();
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			if (!ANALYSIS.equals(element.getName())) {
				error(contributor, NLS.bind(Messages.Registry_unknownElement, element.getName(),
						contributor), null);
				continue;
			}
			AnalysisDescriptor descriptor = descriptor(element, contributor);
			if (descriptor != null && isNew(descriptor, read)) {
				read.add(descriptor);
			}
		}
		return read;
	}

	private boolean isNew(AnalysisDescriptor descriptor, List<AnalysisDescriptor> read) {
		AnalysisDescriptor earlier = read.stream()
				.filter(each -> each.id().equals(descriptor.id())).findFirst()
				.orElseGet(() -> find(descriptor.id()));
		if (earlier == null) {
			return true;
		}
		error(descriptor.contributorId(), NLS.bind(Messages.Registry_duplicateId, new Object[] {
				descriptor.id(), descriptor.contributorId(), earlier.contributorId() }), null);
		return false;
	}

	private AnalysisDescriptor descriptor(IConfigurationElement element, String contributor) {
		String id = element.getAttribute(ID);
		for (String required : List.of(ID, NAME, CLASS)) {
			if (isBlank(element.getAttribute(required))) {
				error(contributor, NLS.bind(Messages.Registry_missingAttribute,
						new Object[] { required, id == null ? "?" : id, contributor }), null); //$NON-NLS-1$
				return null;
			}
		}
		List<AnalysisParameter> parameters = new ArrayList<>();
		for (IConfigurationElement child : element.getChildren(PARAMETER)) {
			try {
				String choices = child.getAttribute(CHOICES);
				parameters.add(new AnalysisParameter(child.getAttribute(NAME),
						ParameterType.valueOf(child.getAttribute(TYPE)), child.getAttribute(DEFAULT),
						isBlank(choices) ? List.of() : Arrays.stream(choices.split(",")) //$NON-NLS-1$
								.map(String::trim).toList(),
						child.getAttribute(DESCRIPTION)));
			} catch (IllegalArgumentException | NullPointerException e) {
				error(contributor, NLS.bind(Messages.Registry_badParameter, new Object[] {
						child.getAttribute(NAME), id, contributor }), e);
				return null;
			}
		}
		return new AnalysisDescriptor(id, element.getAttribute(NAME),
				element.getAttribute(CATEGORY), element.getAttribute(DESCRIPTION), parameters,
				contributor, () -> instantiate(element, id, contributor));
	}

	private static Analysis instantiate(IConfigurationElement element, String id,
			String contributor) throws CoreException {
		Object created;
		try {
			created = element.createExecutableExtension(CLASS);
		} catch (InvalidRegistryObjectException | LinkageError e) {
			throw new CoreException(new Status(IStatus.ERROR, contributor,
					NLS.bind(Messages.Registry_cannotCreate, id, contributor), e));
		} catch (CoreException e) {
			throw new CoreException(new Status(IStatus.ERROR, contributor,
					NLS.bind(Messages.Registry_cannotCreate, id, contributor), e));
		}
		if (created instanceof Analysis analysis) {
			return analysis;
		}
		throw new CoreException(new Status(IStatus.ERROR, contributor,
				NLS.bind(Messages.Registry_notAnAnalysis, id, contributor)));
	}

	private void error(String contributor, String message, Throwable exception) {
		log.accept(new Status(IStatus.ERROR, contributor, message, exception));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
