package org.travelcrm.plugins;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Lists, installs and removes analysis plug-ins (p2 features) in the running product through
 * its own p2 profile, with p2's planner, engine and trust check; the same for the command line
 * and the workbench.
 * <p>
 * Changes take effect when the product starts the next time. Unsigned content is installed
 * only when the {@link UnsignedContentPolicy} accepts it. Repositories given for one operation
 * are not remembered.
 */
@SuppressWarnings("nls")
public final class PluginInstaller {

	private static final String FEATURE_SUFFIX = ".feature.group"; //$NON-NLS-1$

	/** The profile property of the units installed on their own, not as a requirement. */
	private static final String ROOT = "org.eclipse.equinox.p2.type.root"; //$NON-NLS-1$

	private final IProvisioningAgent agent;
	private final IProfileRegistry profiles;

	private PluginInstaller(IProvisioningAgent agent, IProfileRegistry profiles) {
		this.agent = agent;
		this.profiles = profiles;
	}

	/**
	 * The installer of the running product.
	 *
	 * @throws PluginException when the product runs without p2 (for example from a development
	 *                         environment), so that nothing can be installed into it
	 */
	public static PluginInstaller ofRunningProduct() throws PluginException {
		IProvisioningAgent agent = currentAgent();
		IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
		if (profiles == null || profiles.getProfile(IProfileRegistry.SELF) == null) {
			throw new PluginException(Messages.Installer_noProfile);
		}
		return new PluginInstaller(agent, profiles);
	}

	private static IProvisioningAgent currentAgent() {
		BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
		if (context == null) {
			return null;
		}
		try {
			for (ServiceReference<IProvisioningAgent> reference : context.getServiceReferences(
					IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
				IProvisioningAgent agent = context.getService(reference);
				if (agent != null) {
					return agent;
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return null;
	}

	/**
	 * The features a repository offers, newest version of each, by id.
	 *
	 * @throws PluginException when the repository cannot be read
	 */
	public List<FeatureInfo> available(RepositoryLocation location, IProgressMonitor monitor)
			throws PluginException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.Installer_reading, location), 1);
		IMetadataRepository repository = load(location, progress.split(1));
		Set<String> product = productFeatures(self());
		Set<IInstallableUnit> features = new HashSet<>();
		for (IInstallableUnit unit : repository.query(QueryUtil.createLatestQuery(
				QueryUtil.createIUGroupQuery()), null)) {
			if (unit.getId().endsWith(FEATURE_SUFFIX)) {
				features.add(unit);
			}
		}
		return features(features, product);
	}

	/** The features installed in the product, the product's own ones included. */
	public List<FeatureInfo> installed() throws PluginException {
		IProfile self = self();
		Set<String> product = productFeatures(self);
		Set<IInstallableUnit> features = new HashSet<>();
		for (IInstallableUnit unit : self.query(QueryUtil.createIUGroupQuery(), null)) {
			boolean root = Boolean.parseBoolean(self.getInstallableUnitProperty(unit, ROOT));
			if (unit.getId().endsWith(FEATURE_SUFFIX) && (root || product.contains(unit.getId()))) {
				features.add(unit);
			}
		}
		return features(features, product);
	}

	/**
	 * Installs features from a repository; they are there from the next start.
	 *
	 * @param featureIds the features, without the {@code .feature.group} suffix
	 * @return the features installed
	 * @throws UnsignedContentException when content is unsigned and the policy refused it
	 * @throws PluginException          when a feature is not in the repository, the product
	 *                                  lacks what a feature requires, or p2 fails
	 */
	public List<FeatureInfo> install(RepositoryLocation location, List<String> featureIds,
			UnsignedContentPolicy policy, IProgressMonitor monitor) throws PluginException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.Installer_installing, String.join(", ", featureIds)), 10); //$NON-NLS-1$
		IMetadataRepository repository = load(location, progress.split(1));
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			Set<IInstallableUnit> found = repository.query(QueryUtil.createLatestQuery(
					QueryUtil.createIUQuery(id + FEATURE_SUFFIX)), null).toUnmodifiableSet();
			if (found.isEmpty()) {
				throw new PluginException(NLS.bind(Messages.Installer_notInRepository, id,
						location));
			}
			units.addAll(found);
		}
		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
		operation.setProvisioningContext(context(location.uri()));
		TrustCheck trust = new TrustCheck(policy);
		run(operation, trust, progress.split(9));
		return features(new HashSet<>(units), Set.of());
	}

	/**
	 * Removes installed features; they are gone from the next start.
	 *
	 * @throws PluginException when a feature is not installed, is part of the product, or p2
	 *                         fails
	 */
	public List<FeatureInfo> uninstall(List<String> featureIds, IProgressMonitor monitor)
			throws PluginException {
		SubMonitor progress = SubMonitor.convert(monitor,
				NLS.bind(Messages.Installer_uninstalling, String.join(", ", featureIds)), 1); //$NON-NLS-1$
		IProfile self = self();
		Set<String> product = productFeatures(self);
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			if (product.contains(id + FEATURE_SUFFIX)) {
				throw new PluginException(NLS.bind(Messages.Installer_partOfProduct, id));
			}
			Set<IInstallableUnit> found = self.query(QueryUtil.createIUQuery(id + FEATURE_SUFFIX),
					null).toUnmodifiableSet();
			if (found.isEmpty()) {
				throw new PluginException(NLS.bind(Messages.Installer_notInstalled, id));
			}
			units.addAll(found);
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent),
				units);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(new URI[0]);
		context.setArtifactRepositories(new URI[0]);
		operation.setProvisioningContext(context);
		run(operation, new TrustCheck(UnsignedContentPolicy.REFUSE), progress.split(1));
		return features(new HashSet<>(units), Set.of());
	}

	private void run(ProfileChangeOperation operation, TrustCheck trust, IProgressMonitor monitor)
			throws PluginException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		operation.setProfileId(IProfileRegistry.SELF);
		IStatus resolved = operation.resolveModal(progress.split(3));
		if (resolved.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (resolved.getSeverity() == IStatus.ERROR) {
			String details = operation.getResolutionDetails();
			throw new PluginException(NLS.bind(Messages.Installer_cannotResolve,
					details == null ? resolved.getMessage() : details));
		}
		ProvisioningJob job = operation.getProvisioningJob(null);
		if (job == null) {
			throw new PluginException(NLS.bind(Messages.Installer_cannotResolve,
					resolved.getMessage()));
		}
		UIServices earlier = agent.getService(UIServices.class);
		agent.registerService(UIServices.SERVICE_NAME, trust);
		IStatus done;
		try {
			done = job.runModal(progress.split(7));
		} finally {
			agent.unregisterService(UIServices.SERVICE_NAME, trust);
			if (earlier != null) {
				agent.registerService(UIServices.SERVICE_NAME, earlier);
			}
		}
		if (trust.refused()) {
			throw new UnsignedContentException(Messages.Installer_unsignedRefused,
					trust.unsigned());
		}
		if (done.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (done.getSeverity() == IStatus.ERROR) {
			throw new PluginException(NLS.bind(Messages.Installer_failed, describe(done)));
		}
	}

	private IMetadataRepository load(RepositoryLocation location, IProgressMonitor monitor)
			throws PluginException {
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		URI uri = location.uri();
		boolean known = Arrays.asList(metadata.getKnownRepositories(
				IRepositoryManager.REPOSITORIES_ALL)).contains(uri);
		try {
			return metadata.loadRepository(uri, monitor);
		} catch (ProvisionException e) {
			throw new PluginException(NLS.bind(Messages.Installer_cannotRead, location,
					e.getStatus().getMessage()), e);
		} finally {
			if (!known) {
				// Loading adds a repository to p2's list; a one-off location stays off it.
				metadata.removeRepository(uri);
				artifacts.removeRepository(uri);
			}
		}
	}

	private ProvisioningContext context(URI repository) {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repository);
		context.setArtifactRepositories(repository);
		context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES,
				Boolean.FALSE.toString());
		return context;
	}

	private IProfile self() throws PluginException {
		IProfile self = profiles.getProfile(IProfileRegistry.SELF);
		if (self == null) {
			throw new PluginException(Messages.Installer_noProfile);
		}
		return self;
	}

	/** The ids of the feature groups the installed product requires. */
	private static Set<String> productFeatures(IProfile self) {
		Set<String> features = new HashSet<>();
		for (IInstallableUnit product : self.query(QueryUtil.createIUProductQuery(), null)) {
			for (IRequirement requirement : product.getRequirements()) {
				for (IInstallableUnit unit : self.query(QueryUtil.createMatchQuery(
						requirement.getMatches()), null)) {
					if (unit.getId().endsWith(FEATURE_SUFFIX)) {
						features.add(unit.getId());
					}
				}
			}
		}
		return features;
	}

	private static List<FeatureInfo> features(Set<IInstallableUnit> units, Set<String> product) {
		List<FeatureInfo> features = new ArrayList<>();
		for (IInstallableUnit unit : units) {
			String id = unit.getId();
			String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
			features.add(new FeatureInfo(id.substring(0, id.length() - FEATURE_SUFFIX.length()),
					unit.getVersion().toString(), name == null ? id : name,
					product.contains(id)));
		}
		features.sort(Comparator.comparing(FeatureInfo::id));
		return features;
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			if (child.matches(IStatus.ERROR)) {
				text.append("; ").append(describe(child)); //$NON-NLS-1$
			}
		}
		return text.toString();
	}
}
