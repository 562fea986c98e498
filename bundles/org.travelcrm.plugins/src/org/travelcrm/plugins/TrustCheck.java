package org.travelcrm.plugins;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * The answers p2's trust check gets during one installation: unsigned files and unknown
 * signers are put to the {@link UnsignedContentPolicy}; passwords are never given, since
 * plug-in repositories are local files or public addresses.
 */
final class TrustCheck extends UIServices {

	private final UnsignedContentPolicy policy;
	private final List<String> unsigned = new ArrayList<>();
	private boolean refused;

	TrustCheck(UnsignedContentPolicy policy) {
		this.policy = policy;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previous) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public synchronized TrustInfo getTrustInfo(Certificate[][] untrustedChains,
			String[] unsignedDetail) {
		List<String> files = new ArrayList<>();
		if (unsignedDetail != null) {
			files.addAll(List.of(unsignedDetail));
		}
		unsigned.addAll(files);
		boolean accepted = policy.accept(List.copyOf(files));
		refused = !accepted;
		Certificate[] trusted = null;
		if (accepted && untrustedChains != null) {
			trusted = new Certificate[untrustedChains.length];
			for (int i = 0; i < untrustedChains.length; i++) {
				trusted[i] = untrustedChains[i][0];
			}
		}
		return new TrustInfo(trusted, false, accepted);
	}

	/** Whether the policy refused the content. */
	synchronized boolean refused() {
		return refused;
	}

	/** The unsigned files p2 reported. */
	synchronized List<String> unsigned() {
		return List.copyOf(unsigned);
	}
}
