package org.travelcrm.cli.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.travelcrm.plugins.FeatureInfo;
import org.travelcrm.plugins.PluginException;
import org.travelcrm.plugins.PluginInstaller;
import org.travelcrm.plugins.RepositoryLocation;
import org.travelcrm.plugins.UnsignedContentException;
import org.travelcrm.plugins.UnsignedContentPolicy;

/**
 * {@code plugins list [REPO] | install REPO FEATURE-ID... [--accept-unsigned] |
 * uninstall FEATURE-ID...}: lists, installs and removes analysis plug-ins in this product
 * through p2. Changes take effect at the next start.
 */
@SuppressWarnings("nls")
final class PluginsCommand implements CliCommand {

	private static final String ACCEPT_UNSIGNED = "accept-unsigned"; //$NON-NLS-1$
	private static final String INDENT = "  "; //$NON-NLS-1$

	@Override
	public String name() {
		return "plugins"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.PluginsCommand_summary;
	}

	@Override
	public String help() {
		return Messages.PluginsCommand_help;
	}

	@Override
	public Set<String> flags() {
		return Set.of(ACCEPT_UNSIGNED);
	}

	@Override
	public int run(Arguments arguments, Console console) throws UsageException, BadInputException {
		String action = arguments.positional(0, "list|install|uninstall"); //$NON-NLS-1$
		boolean acceptUnsigned = arguments.flag(ACCEPT_UNSIGNED);
		try {
			return switch (action) {
			case "list" -> list(arguments, console); //$NON-NLS-1$
			case "install" -> install(arguments, console, acceptUnsigned); //$NON-NLS-1$
			case "uninstall" -> uninstall(arguments, console); //$NON-NLS-1$
			default -> throw new UsageException(NLS.bind(Messages.PluginsCommand_unknownAction,
					action));
			};
		} catch (UnsignedContentException e) {
			console.err().println(Messages.PluginsCommand_unsigned);
			e.unsigned().forEach(file -> console.err().println(INDENT + file));
			console.err().println(Messages.PluginsCommand_acceptUnsigned);
			return TravelCrmCli.BAD_INPUT;
		} catch (PluginException e) {
			throw new BadInputException(e.getMessage(), e);
		}
	}

	private static int list(Arguments arguments, Console console)
			throws UsageException, PluginException {
		String repository = arguments.positionalCount() > 1 ? arguments.positional(1, "REPO")
				: null;
		arguments.finish(repository == null ? 1 : 2);
		PluginInstaller installer = PluginInstaller.ofRunningProduct();
		console.out().println(Messages.PluginsCommand_installed);
		print(installer.installed(), console);
		if (repository != null) {
			try (RepositoryLocation location = RepositoryLocation.of(repository)) {
				List<FeatureInfo> available = installer.available(location, console.progress());
				console.out().println(NLS.bind(Messages.PluginsCommand_available, location));
				print(available, console);
			}
		}
		return TravelCrmCli.OK;
	}

	private static int install(Arguments arguments, Console console, boolean acceptUnsigned)
			throws UsageException, PluginException {
		String repository = arguments.positional(1, "REPO"); //$NON-NLS-1$
		List<String> ids = features(arguments, 2);
		PluginInstaller installer = PluginInstaller.ofRunningProduct();
		UnsignedContentPolicy policy = unsigned -> {
			if (acceptUnsigned) {
				console.err().println(NLS.bind(Messages.PluginsCommand_installingUnsigned,
						unsigned.size()));
			}
			return acceptUnsigned;
		};
		try (RepositoryLocation location = RepositoryLocation.of(repository)) {
			for (FeatureInfo feature : installer.install(location, ids, policy,
					console.progress())) {
				console.out().println(NLS.bind(Messages.PluginsCommand_didInstall, feature.id(),
						feature.version()));
			}
		}
		console.out().println(Messages.PluginsCommand_nextStart);
		return TravelCrmCli.OK;
	}

	private static int uninstall(Arguments arguments, Console console)
			throws UsageException, PluginException {
		List<String> ids = features(arguments, 1);
		for (FeatureInfo feature : PluginInstaller.ofRunningProduct().uninstall(ids,
				console.progress())) {
			console.out().println(NLS.bind(Messages.PluginsCommand_didUninstall, feature.id(),
					feature.version()));
		}
		console.out().println(Messages.PluginsCommand_nextStart);
		return TravelCrmCli.OK;
	}

	/** The feature ids from a position on; at least one. */
	private static List<String> features(Arguments arguments, int from) throws UsageException {
		arguments.positional(from, "FEATURE-ID"); //$NON-NLS-1$
		int count = arguments.positionalCount();
		arguments.finish(count);
		return arguments.positionals().subList(from, count);
	}

	private static void print(List<FeatureInfo> features, Console console) {
		if (features.isEmpty()) {
			console.out().println(INDENT + Messages.PluginsCommand_none);
		}
		for (FeatureInfo feature : features) {
			String line = feature.partOfProduct() ? Messages.PluginsCommand_productLine
					: Messages.PluginsCommand_line;
			console.out().println(INDENT + NLS.bind(line, new Object[] { feature.id(),
					feature.version(), feature.name() }));
		}
	}
}
