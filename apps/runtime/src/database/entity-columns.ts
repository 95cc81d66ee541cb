import {
  CreateDateColumn,
  JoinColumn,
  ManyToOne,
  type ObjectType,
  type RelationOptions,
  UpdateDateColumn,
} from 'typeorm';

/**
 * Column decorators that several entities declare alike. Each one states the
 * column exactly as the migrations create it, so an entity using them describes
 * the same schema as one spelling the options out.
 */

/** `created_at timestamptz NOT NULL DEFAULT now()`, set when the row is inserted. */
export function createdAtColumn(): PropertyDecorator {
  return CreateDateColumn({ name: 'created_at', type: 'timestamptz' });
}

/** `updated_at timestamptz NOT NULL DEFAULT now()`, set again on every save. */
export function updatedAtColumn(): PropertyDecorator {
  return UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' });
}

/**
 * The many-to-one relation over the foreign key column `column` of `table`. The
 * constraint is named as PostgreSQL names an inline `REFERENCES`
 * (`<table>_<column>_fkey`), which is the name every migration relies on.
 */
export function foreignKeyRelation<T>(
  table: string,
  column: string,
  target: () => ObjectType<T>,
  onDelete: NonNullable<RelationOptions['onDelete']>,
): PropertyDecorator {
  const joinColumn = JoinColumn({
    name: column,
    foreignKeyConstraintName: `${table}_${column}_fkey`,
  });
  const relation = ManyToOne(target, { onDelete });
  // Applied in the order TypeScript applies `@ManyToOne` over `@JoinColumn`: bottom first.
  return (prototype, property) => {
    joinColumn(prototype, property);
    relation(prototype, property);
  };
}
