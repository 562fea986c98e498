package org.travelcrm.model.values;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.DataConverter;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectInputStream;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectOutputStream;
import org.travelcrm.model.CrmPackage;

/**
 * How the model's own data types were written in binary agency files of EMF's own form, which
 * are still read: calendar days as day numbers, amounts as unscaled numbers with their scale,
 * instants as seconds and nanoseconds, labels as strings. Days, amounts and labels are
 * tabulated: each distinct value is written once and read back as one shared instance.
 */
public final class BinaryValues {

	private BinaryValues() {
	}

	/** The converter for one of the model's data types, or {@code null} for any other. */
	public static DataConverter<?> converter(EDataType type) {
		return switch (type.getClassifierID()) {
			case CrmPackage.DATE -> new DateConverter();
			case CrmPackage.MONEY -> new MoneyConverter();
			case CrmPackage.TIMESTAMP -> new InstantConverter();
			case CrmPackage.LABEL -> new LabelConverter();
			default -> null;
		};
	}

	private static final class DateConverter extends DataConverter<LocalDate> {

		@Override
		public boolean isTabulated() {
			return true;
		}

		@Override
		public LocalDate read(EObjectInputStream in) throws IOException {
			return ModelValues.date(LocalDate.ofEpochDay(in.readInt()));
		}

		@Override
		protected void doWrite(EObjectOutputStream out, LocalDate value) throws IOException {
			out.writeInt((int) value.toEpochDay());
		}
	}

	/** Amounts that fit a long are written as one; larger ones as their digits. */
	private static final class MoneyConverter extends DataConverter<BigDecimal> {

		@Override
		public boolean isTabulated() {
			return true;
		}

		@Override
		public BigDecimal read(EObjectInputStream in) throws IOException {
			int scale = in.readInt();
			if (in.readBoolean()) {
				return BigDecimal.valueOf(in.readLong(), scale);
			}
			return new BigDecimal(new BigInteger(in.readString()), scale);
		}

		@Override
		protected void doWrite(EObjectOutputStream out, BigDecimal value) throws IOException {
			out.writeInt(value.scale());
			BigInteger unscaled = value.unscaledValue();
			boolean fitsLong = unscaled.bitLength() < 64;
			out.writeBoolean(fitsLong);
			if (fitsLong) {
				out.writeLong(unscaled.longValue());
			} else {
				out.writeString(unscaled.toString());
			}
		}
	}

	private static final class InstantConverter extends DataConverter<Instant> {

		@Override
		public Instant read(EObjectInputStream in) throws IOException {
			long seconds = in.readLong();
			return Instant.ofEpochSecond(seconds, in.readInt());
		}

		@Override
		protected void doWrite(EObjectOutputStream out, Instant value) throws IOException {
			out.writeLong(value.getEpochSecond());
			out.writeInt(value.getNano());
		}
	}

	private static final class LabelConverter extends DataConverter<String> {

		@Override
		public boolean isTabulated() {
			return true;
		}

		@Override
		public String read(EObjectInputStream in) throws IOException {
			return ModelValues.label(in.readString());
		}

		@Override
		protected void doWrite(EObjectOutputStream out, String value) throws IOException {
			out.writeString(value);
		}
	}
}
