package org.travelcrm.core.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The two formats of agency files, with the options that make them fast and safe.
 */
public enum FileFormat {

	/** XMI: readable text, for small agencies. */
	XMI {
		@Override
		Resource createResource(URI uri) {
			return new AgencyXmiResource(uri);
		}

		@Override
		Map<Object, Object> loadOptions() {
			Map<Object, Object> options = new HashMap<>();
			options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
			options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
			options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
			options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
			options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
			return options;
		}

		@Override
		Map<Object, Object> saveOptions() {
			Map<Object, Object> options = new HashMap<>();
			options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
			options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
			options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
			options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
			options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
			options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
			return options;
		}
	},

	/**
	 * Binary: compact and fast, for large agencies. The options are those files of EMF's own
	 * binary form were written with, which are still read.
	 */
	BINARY {
		@Override
		Resource createResource(URI uri) {
			return new AgencyBinaryResource(uri);
		}

		@Override
		Map<Object, Object> loadOptions() {
			return binaryOptions();
		}

		@Override
		Map<Object, Object> saveOptions() {
			return binaryOptions();
		}
	};

	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

	abstract Resource createResource(URI uri);

	abstract Map<Object, Object> loadOptions();

	abstract Map<Object, Object> saveOptions();

	/** An agency file never pulls in a DOCTYPE or anything from outside itself. */
	private static Map<String, Boolean> secureParserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", //$NON-NLS-1$
				Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", //$NON-NLS-1$
				Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", //$NON-NLS-1$
				Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", //$NON-NLS-1$
				Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		return features;
	}

	private static Map<Object, Object> binaryOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(BinaryResourceImpl.OPTION_VERSION,
				BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
		options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, Integer.valueOf(1 << 16));
		options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, Integer.valueOf(1 << 16));
		// Days, amounts and labels in their compact form; see BinaryValues in the model.
		options.put(BinaryResourceImpl.OPTION_STYLE_DATA_CONVERTER, Boolean.TRUE);
		return options;
	}
}
