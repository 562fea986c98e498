package org.travelcrm.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps a damaged saved window layout from taking the workbench down.
 * <p>
 * The workbench keeps its window layout in {@code workbench.xmi} below the instance area. When
 * that file cannot be read as XML, it is moved aside under a new name, so that the workbench
 * starts with the default layout and the damaged copy stays available for inspection.
 */
public final class SavedLayoutGuard {

	/** Where the e4 workbench keeps the saved layout, relative to the instance area. */
	static final Path LAYOUT_FILE = Path.of(".metadata", ".plugins", //$NON-NLS-1$ //$NON-NLS-2$
			"org.eclipse.e4.workbench", "workbench.xmi"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final DateTimeFormatter STAMP =
			DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

	/**
	 * What was wrong with the saved layout and where the damaged file was kept.
	 *
	 * @param reason the parser's description of the damage, with line and column
	 * @param keptAs the file the damaged layout was moved to
	 */
	public record Damage(String reason, Path keptAs) {
	}

	private final Path layoutFile;

	public SavedLayoutGuard(Path instanceArea) {
		this.layoutFile = instanceArea.resolve(LAYOUT_FILE);
	}

	/**
	 * Moves the saved layout aside when it is damaged.
	 *
	 * @return the damage found, or empty when there is no saved layout or it reads well
	 * @throws IOException when a damaged layout cannot be moved aside
	 */
	public Optional<Damage> setAsideIfDamaged() throws IOException {
		if (!Files.isRegularFile(layoutFile)) {
			return Optional.empty();
		}
		Optional<String> reason = findDamage();
		if (reason.isEmpty()) {
			return Optional.empty();
		}
		Path keptAs = layoutFile.resolveSibling(
				layoutFile.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP)); //$NON-NLS-1$
		Files.move(layoutFile, keptAs, StandardCopyOption.ATOMIC_MOVE);
		return Optional.of(new Damage(reason.get(), keptAs));
	}

	private Optional<String> findDamage() throws IOException {
		try (InputStream in = Files.newInputStream(layoutFile)) {
			if (Files.size(layoutFile) == 0) {
				return Optional.of(Messages.SavedLayoutGuard_emptyFile);
			}
			secureParserFactory().newSAXParser().parse(in, new DefaultHandler());
			return Optional.empty();
		} catch (SAXParseException e) {
			return Optional.of(Messages.bind(Messages.SavedLayoutGuard_parseError,
					new Object[] { e.getLineNumber(), e.getColumnNumber(), e.getMessage() }));
		} catch (SAXException e) {
			return Optional.of(e.getMessage());
		} catch (ParserConfigurationException e) {
			throw new IOException(e);
		}
	}

	private static SAXParserFactory secureParserFactory() throws ParserConfigurationException,
			SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		return factory;
	}
}
