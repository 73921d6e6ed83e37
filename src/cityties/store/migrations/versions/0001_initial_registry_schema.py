"""initial registry schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 12:11:23.204367
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('licence', sa.Text(), nullable=True),
    sa.Column('attribution', sa.Text(), nullable=True),
    sa.Column('created', sa.DateTime(), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('alliance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('member_key', sa.String(length=400), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_key')
    )
    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256'),
    sa.UniqueConstraint('source_id')
    )
    op.create_table('place',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('continent', sa.String(length=20), nullable=True),
    sa.Column('admin_code', sa.String(length=12), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lng', sa.Float(), nullable=True),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('wikidata', sa.String(length=20), nullable=True),
    sa.Column('geonames_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['place.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_geonames_id'), ['geonames_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_wikidata'), ['wikidata'], unique=False)

    op.create_table('alliance_member',
    sa.Column('alliance_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['alliance_id'], ['alliance.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], ),
    sa.PrimaryKeyConstraint('alliance_id', 'place_id')
    )
    with op.batch_alter_table('alliance_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alliance_member_place_id'), ['place_id'], unique=False)

    op.create_table('partnership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('a_id', sa.Integer(), nullable=False),
    sa.Column('b_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('since', sa.String(length=10), nullable=True),
    sa.Column('since_year', sa.Integer(), nullable=True),
    sa.Column('since_derived', sa.Boolean(), nullable=False),
    sa.Column('stage_date', sa.String(length=10), nullable=True),
    sa.Column('ended', sa.String(length=10), nullable=True),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint('a_id < b_id', name='ck_partnership_order'),
    sa.ForeignKeyConstraint(['a_id'], ['place.id'], ),
    sa.ForeignKeyConstraint(['b_id'], ['place.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('a_id', 'b_id', name='uq_partnership_pair')
    )
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_a_id'), ['a_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_b_id'), ['b_id'], unique=False)
        batch_op.create_index('ix_partnership_pair_b', ['b_id', 'a_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_since_year'), ['since_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_stage'), ['stage'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name', 'role', 'place_id', name='uq_person')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_place_id'), ['place_id'], unique=False)

    op.create_table('place_ancestor',
    sa.Column('ancestor_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('depth', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ancestor_id'], ['place.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ancestor_id', 'place_id')
    )
    with op.batch_alter_table('place_ancestor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_ancestor_place_id'), ['place_id'], unique=False)

    op.create_table('place_name',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('norm', sa.String(length=200), nullable=False),
    sa.Column('lang', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('place_id', 'norm', name='uq_place_name')
    )
    with op.batch_alter_table('place_name', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_name_norm'), ['norm'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_name_place_id'), ['place_id'], unique=False)

    op.create_table('assertion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('extractor', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('partnership_id', sa.Integer(), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=True),
    sa.Column('created', sa.DateTime(), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('fingerprint')
    )
    with op.batch_alter_table('assertion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assertion_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_assertion_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assertion_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assertion_status'), ['status'], unique=False)

    op.create_table('cooperation_area',
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('partnership_id', 'area')
    )
    op.create_table('partnership_source',
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('partnership_id', 'source_id')
    )
    with op.batch_alter_table('partnership_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_source_source_id'), ['source_id'], unique=False)

    op.create_table('claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('count_partners', sa.Integer(), nullable=True),
    sa.Column('count_countries', sa.Integer(), nullable=True),
    sa.Column('breakdown', sa.JSON(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('assertion_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assertion_id'], ['assertion.id'], ),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_place_id'), ['place_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('partnership_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('assertion_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assertion_id'], ['assertion.id'], ),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_place_id'), ['place_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('precision', sa.String(length=5), nullable=True),
    sa.Column('derived', sa.Boolean(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('assertion_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assertion_id'], ['assertion.id'], ),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_change_source_id'), ['source_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_source_id'))
        batch_op.drop_index(batch_op.f('ix_stage_change_partnership_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_place_id'))

    op.drop_table('event')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_place_id'))

    op.drop_table('claim')
    with op.batch_alter_table('partnership_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_source_source_id'))

    op.drop_table('partnership_source')
    op.drop_table('cooperation_area')
    with op.batch_alter_table('assertion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assertion_status'))
        batch_op.drop_index(batch_op.f('ix_assertion_source_id'))
        batch_op.drop_index(batch_op.f('ix_assertion_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_assertion_kind'))

    op.drop_table('assertion')
    with op.batch_alter_table('place_name', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_name_place_id'))
        batch_op.drop_index(batch_op.f('ix_place_name_norm'))

    op.drop_table('place_name')
    with op.batch_alter_table('place_ancestor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_ancestor_place_id'))

    op.drop_table('place_ancestor')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_place_id'))

    op.drop_table('person')
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_stage'))
        batch_op.drop_index(batch_op.f('ix_partnership_since_year'))
        batch_op.drop_index('ix_partnership_pair_b')
        batch_op.drop_index(batch_op.f('ix_partnership_b_id'))
        batch_op.drop_index(batch_op.f('ix_partnership_a_id'))

    op.drop_table('partnership')
    with op.batch_alter_table('alliance_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alliance_member_place_id'))

    op.drop_table('alliance_member')
    with op.batch_alter_table('place', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_wikidata'))
        batch_op.drop_index(batch_op.f('ix_place_parent_id'))
        batch_op.drop_index(batch_op.f('ix_place_kind'))
        batch_op.drop_index(batch_op.f('ix_place_geonames_id'))
        batch_op.drop_index(batch_op.f('ix_place_country'))

    op.drop_table('place')
    op.drop_table('document')
    op.drop_table('alliance')
    op.drop_table('source')

