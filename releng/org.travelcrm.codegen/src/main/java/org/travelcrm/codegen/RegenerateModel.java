package org.travelcrm.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model and edit code of Travel CRM Workbench from {@code crm.genmodel}, outside
 * OSGi, or checks that the committed code is exactly what the generator makes.
 * <p>
 * Usage: {@code RegenerateModel write|check BUNDLES-FOLDER WORK-FOLDER}. The generator runs in a
 * scratch copy of the generated parts of the two bundles below WORK-FOLDER, so that it never
 * touches the hand-written manifests, and merges into the committed code as the EMF tools do
 * (members marked {@code @generated NOT} are kept). The result is then copied back (write) or
 * compared with the committed code (check). The
 * genmodel is first reloaded from the Ecore model, as the EMF tools do, so that a changed Ecore
 * model needs no other step.
 */
public final class RegenerateModel {

	private static final String MODEL = "org.travelcrm.model";
	private static final String EDIT = "org.travelcrm.model.edit";
	private static final String GENMODEL = "model/crm.genmodel";

	/** What the generator owns in each bundle; everything else there is written by hand. */
	private static final Map<String, List<String>> GENERATED = Map.of(
			MODEL, List.of("src-gen", "plugin.xml", "plugin.properties", GENMODEL),
			EDIT, List.of("src-gen", "plugin.xml", "plugin.properties", "icons"));

	private RegenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !List.of("write", "check").contains(args[0])) {
			System.err.println("usage: RegenerateModel write|check BUNDLES-FOLDER WORK-FOLDER");
			System.exit(2);
		}
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Path.of(args[2]).toAbsolutePath().normalize().resolve("workspace");
		prepareScratch(bundles, scratch);
		generate(scratch, args[0].equals("write"));
		if (args[0].equals("write")) {
			copyBack(scratch, bundles);
			System.out.println("Model and edit code regenerated from " + MODEL + "/" + GENMODEL);
		} else {
			List<String> differences = compare(scratch, bundles);
			if (!differences.isEmpty()) {
				System.err.println("The committed model code is not what crm.genmodel generates:");
				differences.forEach(d -> System.err.println("  " + d));
				System.err.println("Run releng/scripts/regenerate-model and commit the result.");
				System.exit(1);
			}
		}
	}

	private static void prepareScratch(Path bundles, Path scratch) throws IOException {
		deleteTree(scratch);
		Path modelFolder = scratch.resolve(MODEL).resolve("model");
		Files.createDirectories(modelFolder);
		Files.createDirectories(scratch.resolve(EDIT));
		for (String file : List.of("crm.ecore", "crm.genmodel")) {
			Files.copy(bundles.resolve(MODEL).resolve("model").resolve(file), modelFolder.resolve(file));
		}
		// The committed Java code goes in first, so that members marked @generated NOT are merged;
		// the plug-in files are written anew each time.
		for (String bundle : List.of(MODEL, EDIT)) {
			copyTree(bundles.resolve(bundle).resolve("src-gen"), scratch.resolve(bundle).resolve("src-gen"));
		}
	}

	private static void generate(Path scratch, boolean verbose) {
		for (String bundle : List.of(MODEL, EDIT)) {
			EcorePlugin.getPlatformResourceMap().put(bundle,
					URI.createFileURI(scratch.resolve(bundle).toString() + "/"));
		}
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put("genmodel", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

		URI genModelUri = URI.createPlatformResourceURI("/" + MODEL + "/" + GENMODEL, true);
		Resource genModelResource = resources.getResource(genModelUri, true);
		GenModel saved = (GenModel) genModelResource.getContents().get(0);
		GenModel genModel = reload(saved, resources, genModelUri);
		genModelResource.getContents().set(0, genModel);
		save(genModelResource);

		genModel.setCanGenerate(true);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, projectType,
					verbose ? new BasicMonitor.Printing(System.out) : new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("Code generation failed: " + result);
			}
		}
	}

	/** A fresh genmodel for the current Ecore model, carrying over the saved settings. */
	private static GenModel reload(GenModel saved, ResourceSet resources, URI genModelUri) {
		List<EPackage> packages = new ArrayList<>();
		saved.getGenPackages().forEach(p -> packages.add(p.getEcorePackage()));
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(packages);
		fresh.getForeignModel().addAll(saved.getForeignModel());
		fresh.reconcile(saved);
		fresh.setImporterID(saved.getImporterID());
		return fresh;
	}

	private static void save(Resource resource) {
		try {
			resource.save(Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void copyBack(Path scratch, Path bundles) throws IOException {
		for (Map.Entry<String, List<String>> bundle : GENERATED.entrySet()) {
			for (String part : bundle.getValue()) {
				Path from = scratch.resolve(bundle.getKey()).resolve(part);
				Path to = bundles.resolve(bundle.getKey()).resolve(part);
				deleteTree(to);
				copyTree(from, to);
			}
		}
	}

	private static List<String> compare(Path scratch, Path bundles) throws IOException {
		List<String> differences = new ArrayList<>();
		for (Map.Entry<String, List<String>> bundle : GENERATED.entrySet()) {
			for (String part : bundle.getValue()) {
				Path generated = scratch.resolve(bundle.getKey()).resolve(part);
				Path committed = bundles.resolve(bundle.getKey()).resolve(part);
				TreeSet<Path> files = new TreeSet<>(relativeFiles(generated));
				files.addAll(relativeFiles(committed));
				for (Path file : files) {
					Path a = generated.resolve(file);
					Path b = committed.resolve(file);
					String name = bundle.getKey() + "/" + part + (file.toString().isEmpty() ? "" : "/" + file);
					if (!Files.exists(b)) {
						differences.add("missing: " + name);
					} else if (!Files.exists(a)) {
						differences.add("not generated any more: " + name);
					} else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
						differences.add("differs: " + name);
					}
				}
			}
		}
		return differences;
	}

	private static List<Path> relativeFiles(Path root) throws IOException {
		if (!Files.exists(root)) {
			return List.of();
		}
		if (Files.isRegularFile(root)) {
			return List.of(Path.of(""));
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(source, target);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
