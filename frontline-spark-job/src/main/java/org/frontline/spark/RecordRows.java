package org.frontline.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Java records as Spark rows: the schema from the record's components, so that the tables' columns are defined
 * once, by {@link org.frontline.store.ExtractionTables}'s records, which {@code frontline load} reads back.
 * Spark's bean encoder wants getters and setters, which records do not have.
 */
final class RecordRows {
    private static final Map<Class<?>, DataType> SCALARS = Map.of(
            String.class, DataTypes.StringType, int.class, DataTypes.IntegerType, Integer.class, DataTypes.IntegerType,
            double.class, DataTypes.DoubleType, Double.class, DataTypes.DoubleType, boolean.class, DataTypes.BooleanType,
            Boolean.class, DataTypes.BooleanType, long.class, DataTypes.LongType, Long.class, DataTypes.LongType,
            LocalDate.class, DataTypes.DateType);

    private RecordRows() {
    }

    static StructType schema(Class<? extends Record> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.add(DataTypes.createStructField(c.getName(), typeOf(c.getGenericType()), !c.getType().isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    static Row row(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = value(components[i].getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i], e);
            }
        }
        return RowFactory.create(values);
    }

    private static Object value(Object v) {
        if (v instanceof Record r) {
            return row(r);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(RecordRows::value).toArray(); // a Row's array is a Scala Seq or a Java array
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static DataType typeOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0]), true);
        }
        if (type instanceof Class<?> c) {
            if (c.isRecord()) {
                return schema((Class<? extends Record>) c);
            }
            DataType scalar = SCALARS.get(c);
            if (scalar != null) {
                return scalar;
            }
        }
        throw new IllegalArgumentException("no Spark type for " + type);
    }
}
