package org.travelcrm.core.store;

import org.eclipse.core.runtime.IProgressMonitor;
import org.travelcrm.model.Agency;

/**
 * Where an agency is kept: loaded from and saved back to.
 * <p>
 * The default store is one agency file ({@link AgencyFiles}); a shared database store can be
 * added behind the same interface without touching the editors and views.
 */
public interface AgencyStore {

	/** Where the agency is kept, as the user should read it in messages (a path, an address). */
	String location();

	/** Whether there is an agency to load. */
	boolean exists();

	/**
	 * Loads the agency.
	 *
	 * @throws StoreException saying where and why the agency could not be read; the stored
	 *                        agency is left as it is
	 */
	Agency load(IProgressMonitor monitor) throws StoreException;

	/**
	 * Saves the agency. Either all of it is kept, or nothing changes: the store never holds half
	 * of a save.
	 *
	 * @throws StoreException when the agency holds something that cannot be stored (nothing is
	 *                        written then) or the write failed (the previous version stays)
	 */
	void save(Agency agency, IProgressMonitor monitor) throws StoreException;
}
