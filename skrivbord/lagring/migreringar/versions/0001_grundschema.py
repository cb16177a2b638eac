"""grundschema: alla tabeller i första versionen

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('andringslogg',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tid', sa.DateTime(), nullable=False),
    sa.Column('anvandare', sa.String(length=80), nullable=False),
    sa.Column('tabell', sa.String(length=40), nullable=False),
    sa.Column('rad_id', sa.Integer(), nullable=True),
    sa.Column('handling', sa.String(length=12), nullable=False),
    sa.Column('falt', sa.String(length=400), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_andringslogg'))
    )
    with op.batch_alter_table('andringslogg', schema=None) as batch_op:
        batch_op.create_index('ix_andringslogg_post', ['tabell', 'rad_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_andringslogg_tid'), ['tid'], unique=False)

    op.create_table('avvikelse_kategori',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kod', sa.String(length=40), nullable=False),
    sa.Column('namn', sa.String(length=120), nullable=False),
    sa.Column('ordning', sa.Integer(), nullable=False),
    sa.Column('aktiv', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_avvikelse_kategori')),
    sa.UniqueConstraint('kod', name=op.f('uq_avvikelse_kategori_kod'))
    )
    op.create_table('databasinfo',
    sa.Column('nyckel', sa.String(length=40), nullable=False),
    sa.Column('varde', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('nyckel', name=op.f('pk_databasinfo'))
    )
    op.create_table('egenkontroll',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('omrade', sa.String(length=120), nullable=False),
    sa.Column('omfattning', sa.Text(), nullable=False),
    sa.Column('frekvens', sa.Enum('vecka', 'manad', 'kvartal', 'halvar', 'ar', name='frekvens', native_enum=False, length=24), nullable=False),
    sa.Column('kalla', sa.String(length=200), nullable=False),
    sa.Column('ansvarig', sa.String(length=120), nullable=False),
    sa.Column('rapporteras_till', sa.String(length=120), nullable=False),
    sa.Column('enhetstyp', sa.Enum('sabo', 'hemtjanst', 'hemsjukvard', 'korttid', 'lss', 'dagverksamhet', name='enhetstyp', native_enum=False, length=24), nullable=True),
    sa.Column('aktiv', sa.Boolean(), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_egenkontroll'))
    )
    op.create_table('enhet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('namn', sa.String(length=120), nullable=False),
    sa.Column('typ', sa.Enum('sabo', 'hemtjanst', 'hemsjukvard', 'korttid', 'lss', 'dagverksamhet', name='enhetstyp', native_enum=False, length=24), nullable=False),
    sa.Column('aktiv', sa.Boolean(), nullable=False),
    sa.Column('enhetschef_id', sa.Integer(), nullable=True),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enhetschef_id'], ['personal.id'], name=op.f('fk_enhet_enhetschef_id_personal'), ondelete='SET NULL', use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enhet')),
    sa.UniqueConstraint('namn', name=op.f('uq_enhet_namn'))
    )
    op.create_table('kommuninstallningar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('namn', sa.String(length=80), nullable=False),
    sa.Column('kommunkod', sa.String(length=4), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kommuninstallningar'))
    )
    op.create_table('personal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fornamn', sa.String(length=60), nullable=False),
    sa.Column('efternamn', sa.String(length=60), nullable=False),
    sa.Column('roll', sa.Enum('mas', 'enhetschef', 'sjukskoterska', 'fysioterapeut', 'arbetsterapeut', 'underskoterska', 'vardbitrade', 'annan', name='roll', native_enum=False, length=24), nullable=False),
    sa.Column('legitimerad', sa.Boolean(), nullable=False),
    sa.Column('aktiv', sa.Boolean(), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal'))
    )
    op.create_table('avvikelse',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handelse_tid', sa.DateTime(), nullable=False),
    sa.Column('rapporterad_datum', sa.Date(), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=False),
    sa.Column('rapportor_roll', sa.String(length=24), nullable=False),
    sa.Column('rapportor_namn', sa.String(length=120), nullable=True),
    sa.Column('kategori_id', sa.Integer(), nullable=False),
    sa.Column('underkategori', sa.String(length=40), nullable=False),
    sa.Column('beskrivning', sa.Text(), nullable=False),
    sa.Column('omedelbar_atgard', sa.Text(), nullable=False),
    sa.Column('konsekvens', sa.SmallInteger(), nullable=False),
    sa.Column('risk_konsekvens', sa.SmallInteger(), nullable=True),
    sa.Column('risk_sannolikhet', sa.SmallInteger(), nullable=True),
    sa.Column('mellan_vardgivare', sa.Boolean(), nullable=False),
    sa.Column('extern_referens', sa.String(length=60), nullable=True),
    sa.Column('status', sa.Enum('registrerad', 'under_utredning', 'atgarder_beslutade', 'uppfoljd', 'avslutad', name='avvikelsestatus', native_enum=False, length=24), nullable=False),
    sa.Column('lex_maria', sa.Enum('ej_aktuell', 'utreds', 'anmald', 'ej_anmald', name='lexmaria', native_enum=False, length=24), nullable=False),
    sa.Column('lex_maria_datum', sa.Date(), nullable=True),
    sa.Column('ivo_referens', sa.String(length=40), nullable=True),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_avvikelse_enhet_id_enhet'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['kategori_id'], ['avvikelse_kategori.id'], name=op.f('fk_avvikelse_kategori_id_avvikelse_kategori')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_avvikelse'))
    )
    with op.batch_alter_table('avvikelse', schema=None) as batch_op:
        batch_op.create_index('ix_avvikelse_enhet_tid', ['enhet_id', 'handelse_tid'], unique=False)
        batch_op.create_index('ix_avvikelse_handelse_tid', ['handelse_tid'], unique=False)
        batch_op.create_index('ix_avvikelse_status', ['status'], unique=False)

    op.create_table('delegering',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delegerad_id', sa.Integer(), nullable=False),
    sa.Column('delegerande_id', sa.Integer(), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=True),
    sa.Column('giltig_fran', sa.Date(), nullable=False),
    sa.Column('giltig_till', sa.Date(), nullable=False),
    sa.Column('aterkallad_datum', sa.Date(), nullable=True),
    sa.Column('aterkallad_orsak', sa.Text(), nullable=False),
    sa.Column('ersatter_id', sa.Integer(), nullable=True),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['delegerad_id'], ['personal.id'], name=op.f('fk_delegering_delegerad_id_personal'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['delegerande_id'], ['personal.id'], name=op.f('fk_delegering_delegerande_id_personal'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_delegering_enhet_id_enhet'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['ersatter_id'], ['delegering.id'], name=op.f('fk_delegering_ersatter_id_delegering'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegering'))
    )
    with op.batch_alter_table('delegering', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegering_delegerad_id'), ['delegerad_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delegering_giltig_till'), ['giltig_till'], unique=False)

    op.create_table('egenkontroll_tillfalle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('egenkontroll_id', sa.Integer(), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=True),
    sa.Column('planerat_datum', sa.Date(), nullable=False),
    sa.Column('utfort_datum', sa.Date(), nullable=True),
    sa.Column('utford_av_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planerad', 'utford', 'installd', name='tillfallesstatus', native_enum=False, length=24), nullable=False),
    sa.Column('resultat', sa.Text(), nullable=False),
    sa.Column('brister_funna', sa.Boolean(), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['egenkontroll_id'], ['egenkontroll.id'], name=op.f('fk_egenkontroll_tillfalle_egenkontroll_id_egenkontroll'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_egenkontroll_tillfalle_enhet_id_enhet'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['utford_av_id'], ['personal.id'], name=op.f('fk_egenkontroll_tillfalle_utford_av_id_personal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_egenkontroll_tillfalle'))
    )
    with op.batch_alter_table('egenkontroll_tillfalle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_egenkontroll_tillfalle_egenkontroll_id'), ['egenkontroll_id'], unique=False)
        batch_op.create_index('ix_egenkontroll_tillfalle_planerat', ['planerat_datum', 'status'], unique=False)

    op.create_table('lakemedelstillsyn',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=False),
    sa.Column('typ', sa.Enum('narkotika', 'ovriga', 'mas_intern', name='tillsynstyp', native_enum=False, length=24), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('utford_av_id', sa.Integer(), nullable=True),
    sa.Column('kommentar', sa.Text(), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_lakemedelstillsyn_enhet_id_enhet'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['utford_av_id'], ['personal.id'], name=op.f('fk_lakemedelstillsyn_utford_av_id_personal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lakemedelstillsyn'))
    )
    with op.batch_alter_table('lakemedelstillsyn', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lakemedelstillsyn_datum'), ['datum'], unique=False)
        batch_op.create_index(batch_op.f('ix_lakemedelstillsyn_enhet_id'), ['enhet_id'], unique=False)

    op.create_table('logguppfoljning',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('typ', sa.Enum('systematisk', 'stickprov', name='loggkontrolltyp', native_enum=False, length=24), nullable=False),
    sa.Column('period_fran', sa.Date(), nullable=False),
    sa.Column('period_till', sa.Date(), nullable=False),
    sa.Column('system', sa.String(length=80), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=True),
    sa.Column('utford_av_id', sa.Integer(), nullable=True),
    sa.Column('antal_kontrollerade', sa.Integer(), nullable=False),
    sa.Column('antal_avvikande', sa.Integer(), nullable=False),
    sa.Column('iakttagelser', sa.Text(), nullable=False),
    sa.Column('atgarder', sa.Text(), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_logguppfoljning_enhet_id_enhet'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['utford_av_id'], ['personal.id'], name=op.f('fk_logguppfoljning_utford_av_id_personal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_logguppfoljning'))
    )
    with op.batch_alter_table('logguppfoljning', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_logguppfoljning_datum'), ['datum'], unique=False)

    op.create_table('personal_enhet',
    sa.Column('personal_id', sa.Integer(), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_personal_enhet_enhet_id_enhet'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['personal_id'], ['personal.id'], name=op.f('fk_personal_enhet_personal_id_personal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('personal_id', 'enhet_id', name=op.f('pk_personal_enhet'))
    )
    op.create_table('veckogenomgang',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enhet_id', sa.Integer(), nullable=False),
    sa.Column('ar', sa.Integer(), nullable=False),
    sa.Column('vecka', sa.Integer(), nullable=False),
    sa.Column('typ', sa.Enum('fall', 'lakemedel', name='genomgangstyp', native_enum=False, length=24), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('deltagare', sa.String(length=200), nullable=False),
    sa.Column('beslut', sa.Text(), nullable=False),
    sa.Column('genomford_av_id', sa.Integer(), nullable=True),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['enhet_id'], ['enhet.id'], name=op.f('fk_veckogenomgang_enhet_id_enhet'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['genomford_av_id'], ['personal.id'], name=op.f('fk_veckogenomgang_genomford_av_id_personal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_veckogenomgang')),
    sa.UniqueConstraint('enhet_id', 'ar', 'vecka', 'typ', name=op.f('uq_veckogenomgang_enhet_id'))
    )
    op.create_table('atgard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('avvikelse_id', sa.Integer(), nullable=False),
    sa.Column('beskrivning', sa.Text(), nullable=False),
    sa.Column('ansvarig_id', sa.Integer(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('planerad', 'pagar', 'klar', 'struken', name='atgardsstatus', native_enum=False, length=24), nullable=False),
    sa.Column('klar_datum', sa.Date(), nullable=True),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['ansvarig_id'], ['personal.id'], name=op.f('fk_atgard_ansvarig_id_personal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['avvikelse_id'], ['avvikelse.id'], name=op.f('fk_atgard_avvikelse_id_avvikelse'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_atgard'))
    )
    with op.batch_alter_table('atgard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_atgard_avvikelse_id'), ['avvikelse_id'], unique=False)
        batch_op.create_index('ix_atgard_status_deadline', ['status', 'deadline'], unique=False)

    op.create_table('delegering_uppgift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delegering_id', sa.Integer(), nullable=False),
    sa.Column('uppgift', sa.String(length=40), nullable=False),
    sa.Column('beskrivning', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['delegering_id'], ['delegering.id'], name=op.f('fk_delegering_uppgift_delegering_id_delegering'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delegering_uppgift'))
    )
    with op.batch_alter_table('delegering_uppgift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegering_uppgift_delegering_id'), ['delegering_id'], unique=False)

    op.create_table('lakemedelstillsyn_fynd',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tillsyn_id', sa.Integer(), nullable=False),
    sa.Column('beskrivning', sa.Text(), nullable=False),
    sa.Column('atgard', sa.Text(), nullable=False),
    sa.Column('atgardad_datum', sa.Date(), nullable=True),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['tillsyn_id'], ['lakemedelstillsyn.id'], name=op.f('fk_lakemedelstillsyn_fynd_tillsyn_id_lakemedelstillsyn'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lakemedelstillsyn_fynd'))
    )
    with op.batch_alter_table('lakemedelstillsyn_fynd', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lakemedelstillsyn_fynd_tillsyn_id'), ['tillsyn_id'], unique=False)

    op.create_table('lakemedelstillsyn_svar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tillsyn_id', sa.Integer(), nullable=False),
    sa.Column('fraga', sa.String(length=40), nullable=False),
    sa.Column('svar', sa.String(length=12), nullable=False),
    sa.Column('kommentar', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['tillsyn_id'], ['lakemedelstillsyn.id'], name=op.f('fk_lakemedelstillsyn_svar_tillsyn_id_lakemedelstillsyn'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lakemedelstillsyn_svar'))
    )
    with op.batch_alter_table('lakemedelstillsyn_svar', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lakemedelstillsyn_svar_tillsyn_id'), ['tillsyn_id'], unique=False)

    op.create_table('uppfoljning',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('avvikelse_id', sa.Integer(), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('effekt_uppnadd', sa.Boolean(), nullable=True),
    sa.Column('nasta_steg', sa.Text(), nullable=False),
    sa.Column('skapad', sa.DateTime(), nullable=False),
    sa.Column('andrad', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['avvikelse_id'], ['avvikelse.id'], name=op.f('fk_uppfoljning_avvikelse_id_avvikelse'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_uppfoljning'))
    )
    with op.batch_alter_table('uppfoljning', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_uppfoljning_avvikelse_id'), ['avvikelse_id'], unique=False)

    op.create_table('veckogenomgang_avvikelse',
    sa.Column('veckogenomgang_id', sa.Integer(), nullable=False),
    sa.Column('avvikelse_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['avvikelse_id'], ['avvikelse.id'], name=op.f('fk_veckogenomgang_avvikelse_avvikelse_id_avvikelse'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['veckogenomgang_id'], ['veckogenomgang.id'], name=op.f('fk_veckogenomgang_avvikelse_veckogenomgang_id_veckogenomgang'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('veckogenomgang_id', 'avvikelse_id', name=op.f('pk_veckogenomgang_avvikelse'))
    )
    # The change log is append-only: the database itself refuses edits and deletes.
    op.execute(
        "CREATE TRIGGER andringslogg_ingen_andring BEFORE UPDATE ON andringslogg "
        "BEGIN SELECT RAISE(ABORT, 'andringsloggen kan inte andras'); END"
    )
    op.execute(
        "CREATE TRIGGER andringslogg_ingen_radering BEFORE DELETE ON andringslogg "
        "BEGIN SELECT RAISE(ABORT, 'andringsloggen kan inte raderas'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER andringslogg_ingen_radering")
    op.execute("DROP TRIGGER andringslogg_ingen_andring")
    op.drop_table('veckogenomgang_avvikelse')
    with op.batch_alter_table('uppfoljning', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_uppfoljning_avvikelse_id'))

    op.drop_table('uppfoljning')
    with op.batch_alter_table('lakemedelstillsyn_svar', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lakemedelstillsyn_svar_tillsyn_id'))

    op.drop_table('lakemedelstillsyn_svar')
    with op.batch_alter_table('lakemedelstillsyn_fynd', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lakemedelstillsyn_fynd_tillsyn_id'))

    op.drop_table('lakemedelstillsyn_fynd')
    with op.batch_alter_table('delegering_uppgift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegering_uppgift_delegering_id'))

    op.drop_table('delegering_uppgift')
    with op.batch_alter_table('atgard', schema=None) as batch_op:
        batch_op.drop_index('ix_atgard_status_deadline')
        batch_op.drop_index(batch_op.f('ix_atgard_avvikelse_id'))

    op.drop_table('atgard')
    op.drop_table('veckogenomgang')
    op.drop_table('personal_enhet')
    with op.batch_alter_table('logguppfoljning', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_logguppfoljning_datum'))

    op.drop_table('logguppfoljning')
    with op.batch_alter_table('lakemedelstillsyn', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lakemedelstillsyn_enhet_id'))
        batch_op.drop_index(batch_op.f('ix_lakemedelstillsyn_datum'))

    op.drop_table('lakemedelstillsyn')
    with op.batch_alter_table('egenkontroll_tillfalle', schema=None) as batch_op:
        batch_op.drop_index('ix_egenkontroll_tillfalle_planerat')
        batch_op.drop_index(batch_op.f('ix_egenkontroll_tillfalle_egenkontroll_id'))

    op.drop_table('egenkontroll_tillfalle')
    with op.batch_alter_table('delegering', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delegering_giltig_till'))
        batch_op.drop_index(batch_op.f('ix_delegering_delegerad_id'))

    op.drop_table('delegering')
    with op.batch_alter_table('avvikelse', schema=None) as batch_op:
        batch_op.drop_index('ix_avvikelse_status')
        batch_op.drop_index('ix_avvikelse_handelse_tid')
        batch_op.drop_index('ix_avvikelse_enhet_tid')

    op.drop_table('avvikelse')
    op.drop_table('personal')
    op.drop_table('kommuninstallningar')
    op.drop_table('enhet')
    op.drop_table('egenkontroll')
    op.drop_table('databasinfo')
    op.drop_table('avvikelse_kategori')
    with op.batch_alter_table('andringslogg', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_andringslogg_tid'))
        batch_op.drop_index('ix_andringslogg_post')

    op.drop_table('andringslogg')
